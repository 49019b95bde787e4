import Catalog
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal
@testable import Accounts

/// Sign-in, sessions, CSRF, throttling and password changes over a real socket.
@Suite(.blocking) struct AdminSignInFlowTests {
    /// These tests pass `AdminConfiguration(passwordIterations: 10)` to stay fast; the portal's own
    /// default, what `vetrina serve` starts with unless told otherwise, is the production work factor.
    @Test func theDefaultConfigurationHashesWithTheProductionWorkFactor() {
        #expect(AdminConfiguration().passwordIterations == PasswordHasher.recommendedIterations)
        #expect(AdminTestServer.defaultConfiguration.passwordIterations < PasswordHasher.recommendedIterations)
    }

    @Test func signedOutVisitorIsSentToSignIn() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        let reply = try FormBrowser(port: server.port).get("/admin")
        #expect(reply.status == 303)
        #expect(reply["Location"] == "/admin/accedi")
    }

    @Test func rightPasswordSetsAHardenedSessionCookie() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = FormBrowser(port: server.port)
        let reply = try browser.signIn("red@ente.it")
        #expect(reply.status == 303 && reply["Location"] == "/admin")
        let cookie = try #require(reply.headers.values(for: "Set-Cookie").first { $0.hasPrefix("vw_sessione=") })
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"))
        #expect(!cookie.contains("Secure"))
        let dashboard = try browser.get("/admin")
        #expect(dashboard.status == 200)
        #expect(dashboard.text.contains("Cruscotto") && dashboard.text.contains("red@ente.it"))
        #expect(dashboard["Cache-Control"] == "no-store")
        #expect(dashboard.text.contains("<meta name=\"robots\" content=\"noindex\">"))
    }

    @Test func signingInWithAnOldSessionCookieEndsThatSession() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let other = FormBrowser(port: server.port)
        _ = try other.signIn("red@ente.it")
        let browser = FormBrowser(port: server.port)
        try browser.get("/admin/accedi")
        browser.cookies["vw_sessione"] = other.cookies["vw_sessione"]   // a stale or planted id
        let reply = try browser.post("/admin/accedi", [("email", "red@ente.it"), ("password", "cavallo batteria graffetta")])
        #expect(reply.status == 303)
        #expect(browser.cookies["vw_sessione"] != other.cookies["vw_sessione"])
        #expect(try server.count("SELECT count(*) FROM session") == 1)
        #expect(try other.get("/admin").status == 303)
        #expect(try browser.get("/admin").status == 200)
    }

    @Test func secureConfigurationUsesHostPrefixAndSecure() throws {
        let server = try AdminTestServer(configuration: AdminConfiguration(secureCookies: true, passwordIterations: 10))
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let reply = try FormBrowser(port: server.port).signIn("red@ente.it")
        let cookie = try #require(reply.headers.values(for: "Set-Cookie").first { $0.hasPrefix("__Host-vw_sessione=") })
        #expect(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
    }

    @Test func wrongPasswordIsAFormErrorWithoutASession() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = FormBrowser(port: server.port)
        let reply = try browser.signIn("red@ente.it", "password sbagliata")
        #expect(reply.status == 422)
        #expect(reply.text.contains("<title>Errore: Accedi"))
        #expect(reply.text.contains("L&#39;indirizzo e-mail o la password non sono corretti")
            || reply.text.contains("L&#x27;indirizzo e-mail o la password non sono corretti"))
        #expect(reply.text.contains("value=\"red@ente.it\""))
        #expect(!reply.text.contains("password sbagliata"))
        #expect(browser.cookies["vw_sessione"] == nil)
        #expect(try server.count("SELECT count(*) FROM session") == 0)
    }

    @Test func signInWithoutTheFormTokenIsRefused() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = FormBrowser(port: server.port)
        let reply = try browser.post("/admin/accedi", [("email", "red@ente.it"), ("password", "cavallo batteria graffetta")], csrf: false)
        #expect(reply.status == 403)
        #expect(try server.count("SELECT count(*) FROM session") == 0)
    }

    @Test func failedSignInsSlowTheAnswerButTheOwnerStillGetsIn() throws {
        let throttle = ThrottlePolicy(freeFailures: 2, baseDelayMilliseconds: 600, maxDelayMilliseconds: 600, windowSeconds: 900)
        let server = try AdminTestServer(configuration: AdminConfiguration(passwordIterations: 10, accountThrottle: throttle))
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let attacker = FormBrowser(port: server.port)
        for _ in 0..<5 { #expect(try attacker.signIn("red@ente.it", "tentativo errato").status == 422) }
        let owner = FormBrowser(port: server.port)
        try owner.get("/admin/accedi")
        let started = ContinuousClock.now
        let reply = try owner.post("/admin/accedi", [("email", "red@ente.it"), ("password", "cavallo batteria graffetta")])
        #expect(ContinuousClock.now - started >= .milliseconds(550))   // held, not refused
        #expect(reply.status == 303 && reply["Location"] == "/admin")
        #expect(try owner.get("/admin").status == 200)
    }

    @Test func idleSessionExpiresAndSendsBackToSignIn() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = FormBrowser(port: server.port)
        _ = try browser.signIn("red@ente.it")
        server.clock.advance(by: 1_799)
        #expect(try browser.get("/admin").status == 200)
        server.clock.advance(by: 1_800)
        let reply = try browser.get("/admin")
        #expect(reply.status == 303 && reply["Location"] == "/admin/accedi")
    }

    @Test func signOutNeedsTheTokenAndEndsTheSession() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = FormBrowser(port: server.port)
        _ = try browser.signIn("red@ente.it")
        try browser.get("/admin")
        #expect(try browser.post("/admin/esci", [], csrf: false).status == 403)
        #expect(try browser.post("/admin/esci", [("csrf", "falso")], csrf: false).status == 403)
        #expect(try browser.get("/admin").status == 200)
        let stolen = browser.cookies
        #expect(try browser.post("/admin/esci", []).status == 303)
        browser.cookies = stolen
        #expect(try browser.get("/admin").status == 303)
    }

    @Test func changePasswordChecksTheCurrentOneAndThePolicy() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = FormBrowser(port: server.port)
        _ = try browser.signIn("red@ente.it")
        try browser.get("/admin/password")
        let wrong = try browser.post("/admin/password", [("current_password", "no"), ("password", "nuova frase segreta lunga"),
                                                         ("password_confirm", "nuova frase segreta lunga")])
        #expect(wrong.status == 422 && wrong.text.contains("La password attuale non è corretta"))
        let short = try browser.post("/admin/password", [("current_password", "cavallo batteria graffetta"),
                                                         ("password", "corta"), ("password_confirm", "corta")])
        #expect(short.status == 422 && short.text.contains("almeno 12 caratteri"))
        let done = try browser.post("/admin/password", [("current_password", "cavallo batteria graffetta"),
                                                        ("password", "nuova frase segreta lunga"),
                                                        ("password_confirm", "nuova frase segreta lunga")])
        #expect(done.status == 303)
        #expect(try browser.get("/admin").status == 200)
        let other = FormBrowser(port: server.port)
        #expect(try other.signIn("red@ente.it").status == 422)
        #expect(try other.signIn("red@ente.it", "nuova frase segreta lunga").status == 303)
    }

    @Test func setupLinkCreatesTheFirstAdminOnce() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        let path = try #require(try server.environment.setupLink.prepare(userCount: server.environment.users.count()))
        let browser = FormBrowser(port: server.port)
        #expect(path.hasPrefix("/admin/configurazione?codice="))
        let token = String(path.split(separator: "=").last ?? "")
        #expect(try browser.get("/admin/configurazione?codice=sbagliato").status == 404)
        #expect(try browser.get("/admin/configurazione").status == 404)
        #expect(try browser.get(path).status == 200)
        #expect(try browser.post("/admin/configurazione", [("email", "x@rete.it"), ("display_name", "X"), ("codice", "sbagliato"),
                                                           ("password", "una frase lunga e sicura"), ("password_confirm", "una frase lunga e sicura")],
                                 csrf: false).status == 404)
        let weak = try browser.post("/admin/configurazione", [("email", "capo@rete.it"), ("display_name", "Capo"), ("password", "corta"),
                                           ("password_confirm", "corta"), ("codice", token)], csrf: false)
        #expect(weak.status == 422)
        #expect(try server.count("SELECT count(*) FROM app_user") == 0)
        let made = try browser.post("/admin/configurazione", [("email", "capo@rete.it"), ("display_name", "Capo"), ("codice", token),
                                           ("password", "una frase lunga e sicura"), ("password_confirm", "una frase lunga e sicura")],
                                    csrf: false)
        #expect(made.status == 303)
        #expect(try server.environment.users.find(email: "capo@rete.it")?.role == .admin)
        #expect(try browser.get(path).status == 404)
        #expect(try browser.signIn("capo@rete.it", "una frase lunga e sicura").status == 303)
    }
}
