import Testing
@testable import Accounts
import TestSupport

/// The sign-in throttle names a client the way the Portal does (`ClientHost`): a bare IPv6
/// address keeps every group and hex digits are lower-cased, so two IPv6 clients never share a
/// counter and one client is one counter whatever the case of its address.
@Suite struct SignInGuardClientHostTests {
    let client = ThrottlePolicy(freeFailures: 2, baseDelayMilliseconds: 1_000, maxDelayMilliseconds: 8_000, windowSeconds: 60)

    @Test(arguments: [("2001::1", "client:2001::1"), ("2001:DB8::A", "client:2001:db8::a"),
                      ("[2001:DB8::A]:443", "client:2001:db8::a"), ("10.1.2.3:80", "client:10.1.2.3"),
                      ("::1", "client:::1")])
    func theKeyIsTheWholeLowerCasedHost(_ address: String, _ key: String) {
        #expect(SignInGuard.clientKey(address) == key)
        #expect(SignInGuard.clientKey(address) == "client:" + ClientHost.host(of: address))
    }

    @Test func twoBareIPv6ClientsAreThrottledSeparately() throws {
        let throttle = SignInGuard(store: InMemoryThrottleStore(), clock: ManualClock(), client: client)
        for i in 0..<2 { try throttle.recordFailure(email: "u\(i)@x.it", clientAddress: "2001::1") }
        #expect(try throttle.delayMilliseconds(email: "new@x.it", clientAddress: "2001::1") == 1_000)
        #expect(try throttle.delayMilliseconds(email: "new@x.it", clientAddress: "2001::2") == 0)
        #expect(try throttle.delayMilliseconds(email: "new@x.it", clientAddress: "2001:0::1") == 0)
    }

    @Test func oneClientIsOneCounterWhateverTheCaseOfItsAddress() throws {
        let throttle = SignInGuard(store: InMemoryThrottleStore(), clock: ManualClock(), client: client)
        for i in 0..<2 { try throttle.recordFailure(email: "u\(i)@x.it", clientAddress: "[FE80::A]:\(4000 + i)") }
        #expect(try throttle.delayMilliseconds(email: "new@x.it", clientAddress: "fe80::a") == 1_000)
    }
}
