import Accounts
import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// Public-form limits key a client by `ClientHost.host`: the same host whatever its port or the
/// case of its hex digits, and every group of a bare IPv6 address (a forwarded client such as
/// `2001::1` is not the same client as `2001::2`).
@Suite struct ClientHostKeyTests {
    let limiter = PublicFormLimiter(store: InMemoryThrottleStore(), clock: ManualClock(),
                                    limits: PublicFormLimits(contactRequest: SubmissionLimit(maxSubmissions: 1, windowSeconds: 3_600)))

    @Test(arguments: [("[2001:DB8::A]:443", "2001:db8::a"), ("2001::1", "2001::1"), ("FE80::1", "fe80::1"),
                      ("::1", "::1"), ("10.1.2.3:80", "10.1.2.3"), ("[::FFFF:10.0.0.1]:1", "::ffff:10.0.0.1")])
    func theKeyIsTheWholeLowerCasedHost(_ address: String, _ host: String) {
        #expect(limiter.key(.contactRequest, address) == "contatto:client:" + host)
        #expect(ClientHost.host(of: address) == host)
    }

    @Test func twoForwardedIPv6ClientsWithTwoGroupsHaveTheirOwnLimits() throws {
        let trust = ProxyTrust(proxies: ["10.0.0.1"])
        func client(_ forwarded: String) -> String {
            var headers = HTTPHeaders()
            headers.add("X-Forwarded-For", forwarded)
            return trust.clientAddress(of: HTTPRequest(
                head: RequestHead(method: .post, target: "/imprese/piano/richiesta", version: .http1_1, headers: headers),
                body: [], remoteAddress: "10.0.0.1:5000", requestID: "t"))
        }
        try limiter.record(.contactRequest, client: client("2001::1"))
        #expect(try limiter.retryAfter(.contactRequest, client: client("2001::1")) == 3_600)
        #expect(try limiter.retryAfter(.contactRequest, client: client("2001::2")) == nil)
        #expect(try limiter.retryAfter(.contactRequest, client: client("2001::1:0")) == nil)
    }
}
