import HTTPServer
import Testing
@testable import Portal

/// Issue 14 item 2: the client address (for sign-in throttling) and the scheme (for HSTS) come
/// from forwarding headers only when the TCP peer is a configured trusted proxy.
@Suite struct ProxyTrustTests {
    func request(peer: String, _ headers: [(String, String)]) -> HTTPRequest {
        var h = HTTPHeaders()
        for (name, value) in headers { h.add(name, value) }
        return HTTPRequest(head: RequestHead(method: .post, target: "/admin/accedi", version: .http1_1, headers: h),
                           body: [], remoteAddress: peer, requestID: "t")
    }

    @Test func forwardedForIsIgnoredUnlessThePeerIsTrusted() {
        let trust = ProxyTrust(proxies: ["10.0.0.1"])
        let forged = request(peer: "203.0.113.7:4000", [("X-Forwarded-For", "198.51.100.1")])
        #expect(trust.clientAddress(of: forged) == "203.0.113.7")
        #expect(ProxyTrust().clientAddress(of: request(peer: "10.0.0.1:80", [("X-Forwarded-For", "198.51.100.1")])) == "10.0.0.1")
    }

    @Test func behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        let trust = ProxyTrust(proxies: ["10.0.0.1", "10.0.0.2"])
        let spoofed = request(peer: "10.0.0.1:80", [("X-Forwarded-For", "6.6.6.6, 198.51.100.9, 10.0.0.2")])
        #expect(trust.clientAddress(of: spoofed) == "198.51.100.9")
        let twoHeaders = request(peer: "[::1]:80", [("X-Forwarded-For", "1.1.1.1"), ("X-Forwarded-For", "2001:db8::5")])
        #expect(ProxyTrust(proxies: ["::1"]).clientAddress(of: twoHeaders) == "2001:db8::5")
        let garbage = request(peer: "10.0.0.1:80", [("X-Forwarded-For", "<script>, 1.2.3.4")])
        #expect(trust.clientAddress(of: garbage) == "10.0.0.1")
        #expect(trust.clientAddress(of: request(peer: "10.0.0.1:80", [])) == "10.0.0.1")
    }

    @Test func forwardedProtoCountsOnlyFromATrustedProxy() {
        let trust = ProxyTrust(proxies: ["10.0.0.1"])
        #expect(trust.forwardedHTTPS(request(peer: "10.0.0.1:80", [("X-Forwarded-Proto", "https")])))
        #expect(!trust.forwardedHTTPS(request(peer: "10.0.0.1:80", [("X-Forwarded-Proto", "http")])))
        #expect(!trust.forwardedHTTPS(request(peer: "203.0.113.7:80", [("X-Forwarded-Proto", "https")])))
    }
}
