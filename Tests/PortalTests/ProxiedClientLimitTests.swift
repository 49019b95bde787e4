import Foundation
import Testing
import TestSupport
@testable import Portal

/// Behind a trusted reverse proxy every visitor arrives from the proxy's address: public-form
/// limits must count the forwarded client (`X-Forwarded-For`), or one visitor would use up the
/// limit of all. From an untrusted peer the header is the client's own word and is ignored.
@Suite(.blocking) struct ProxiedClientLimitTests {
    static let onePerHour = EnterpriseConfiguration(
        formLimits: PublicFormLimits(contactRequest: SubmissionLimit(maxSubmissions: 1, windowSeconds: 3_600)))

    func visitor(_ server: EnterpriseTestServer, forwardedFor address: String) throws -> FormBrowser {
        let (browser, _) = try ContactRequestFlowTests().firm(server, services: 1)
        browser.extraHeaders = "X-Forwarded-For: \(address)\r\n"
        return browser
    }

    func send(_ browser: FormBrowser) throws -> Int {
        try browser.get("/imprese/piano/richiesta")
        return try browser.post("/imprese/piano/richiesta", ContactRequestFlowTests().fields()).status
    }

    @Test func behindATrustedProxyEachForwardedClientHasItsOwnLimit() throws {
        var portal = PortalConfiguration(site: SiteContext(baseURL: "https://vetrina.example"))
        portal.proxyTrust = ProxyTrust(proxies: ["127.0.0.1"])
        let server = try EnterpriseTestServer(enterprise: Self.onePerHour, portal: portal)
        defer { server.stop() }
        let anna = try visitor(server, forwardedFor: "203.0.113.7"), bruno = try visitor(server, forwardedFor: "203.0.113.8")
        #expect(try send(anna) == 303)
        #expect(try send(anna) == 429, "the same visitor is limited")
        #expect(try send(bruno) == 303, "another visitor behind the same proxy is not")
        // A forged left-most entry does not give a fresh limit: the proxy appends the real address.
        anna.extraHeaders = "X-Forwarded-For: 198.51.100.1, 203.0.113.7\r\n"
        #expect(try send(anna) == 429)
        #expect(try server.count("SELECT count(*) FROM contact_request") == 2)
    }

    @Test func fromAnUntrustedPeerTheForwardedHeaderIsIgnored() throws {
        let server = try EnterpriseTestServer(enterprise: Self.onePerHour)
        defer { server.stop() }
        #expect(try send(try visitor(server, forwardedFor: "203.0.113.7")) == 303)
        #expect(try send(try visitor(server, forwardedFor: "203.0.113.8")) == 429, "both are 127.0.0.1")
        #expect(try server.count("SELECT count(*) FROM contact_request") == 1)
    }
}
