import Catalog
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// Issue 14 item 6 and issue 11 slugs, over a real socket: bad input gets a clear message and
/// writes nothing; saving never changes a public address, and a rename keeps the old one (301).
@Suite(.blocking) struct SecurityInputFlowTests {
    let flow = AdminCardFlowTests()
    let proposals = AdminProposalFlowTests()

    @Test func duplicateExternalIDInTheFormIsAFieldErrorNotA500() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let editor = try flow.signedIn(server, "red@ente.it")
        _ = try flow.createCard(editor, try flow.validCard(server) + [("external_id", "ASL-1")])
        try editor.get("/admin/schede/nuova")
        let reply = try editor.post("/admin/schede/nuova", try flow.validCard(server, title: "Altra") + [("external_id", "ASL-1")])
        #expect(reply.status == 422)
        #expect(reply.text.contains("ASL-1") && reply.text.contains("già usato"))
        #expect(try server.count("SELECT count(*) FROM service") == 1)
    }

    @Test func publishingAProposalWhoseExternalIDWasTakenMeanwhileIsAFieldError() throws {
        let s = try proposals.setUp()
        defer { s.server.stop() }
        try s.provider.get("/admin/schede/\(s.id)")
        let proposed = try s.provider.post("/admin/schede/\(s.id)", try flow.validCard(s.server, title: "Rivista")
            + [("version", "2"), ("external_id", "EXT-9")])
        #expect(proposed.status == 303)
        _ = try flow.createCard(s.editor, try flow.validCard(s.server, title: "Concorrente") + [("external_id", "EXT-9")])
        try s.editor.get("/admin/schede/\(s.id)")
        let reply = try s.editor.post("/admin/schede/\(s.id)/proposta/pubblica", [])
        #expect(reply.status == 422)
        #expect(reply.text.contains("EXT-9"))
        #expect(try proposals.card(s) == ("Assistenza a casa", 2, "published"))
        #expect(try s.server.count("SELECT count(*) FROM proposed_change") == 1)
    }

    @Test func savingWithANewTitleKeepsThePublicAddress() throws {
        let s = try proposals.setUp()
        defer { s.server.stop() }
        let slug = try s.slug()
        try s.editor.get("/admin/schede/\(s.id)")
        #expect(try s.editor.post("/admin/schede/\(s.id)", try flow.validCard(s.server, title: "Nuovo titolo") + [("version", "2")]).status == 303)
        #expect(try s.slug() == slug)
        #expect(try FormBrowser(port: s.server.port).get("/servizi/\(slug)").status == 200)
    }

    @Test func renamingTheAddressKeepsEveryOldSlugAs301() throws {
        let s = try proposals.setUp()
        defer { s.server.stop() }
        let first = try s.slug()
        try s.editor.get("/admin/schede/\(s.id)")
        #expect(try s.editor.post("/admin/schede/\(s.id)", try flow.validCard(s.server, title: "Secondo nome")
            + [("version", "2"), ("rinnova_indirizzo", "1")]).status == 303)
        let second = try s.slug()
        #expect(second == "secondo-nome")
        try s.editor.get("/admin/schede/\(s.id)")
        #expect(try s.editor.post("/admin/schede/\(s.id)", try flow.validCard(s.server, title: "Terzo nome")
            + [("version", "3"), ("rinnova_indirizzo", "1")]).status == 303)
        let visitor = FormBrowser(port: s.server.port)
        for old in [first, second] {
            let reply = try visitor.get("/servizi/\(old)?comune=pinerolo")
            #expect(reply.status == 301)
            #expect(reply["Location"] == "/servizi/terzo-nome?comune=pinerolo")
        }
        #expect(try visitor.get("/servizi/terzo-nome").status == 200)
        #expect(try visitor.get("/servizi/mai-esistito").status == 404)
        // Taken off line: the old address no longer tells the new one.
        try s.server.database.write { try $0.run("UPDATE service SET status = 'draft' WHERE id = ?", s.id) }
        #expect(try visitor.get("/servizi/\(first)").status == 404)
    }
}
