import Catalog
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// Proposed changes over a real socket: an operatore_ente without `can_publish` edits a
/// published card; the public card stays as it was until a redattore publishes the proposal.
@Suite(.blocking) struct AdminProposalFlowTests {
    let flow = AdminCardFlowTests()

    /// A server whose public pages read the database, a redattore, an operator of organisation 10
    /// and one of organisation 11, and a published card of organisation 10 (version 2).
    struct Setup {
        let server: AdminTestServer
        let editor: FormBrowser
        let provider: FormBrowser
        let id: Int64
        func slug() throws -> String {
            try server.database.read { try $0.scalar("SELECT slug FROM service WHERE id = ?", id, as: String.self) } ?? ""
        }
    }

    func setUp() throws -> Setup {
        let server = try AdminTestServer(publicCatalog: true)
        try server.createUser("red@ente.it", role: .editor)
        try server.createUser("op@ente.it", role: .organizationOperator, organizations: [10])
        try server.createUser("op@altro.it", role: .organizationOperator, organizations: [11])
        let editor = try flow.signedIn(server, "red@ente.it")
        let id = try flow.createCard(editor, try flow.validCard(server))
        try editor.get("/admin/schede/\(id)")
        #expect(try editor.post("/admin/schede/\(id)/stato", [("action", "pubblica"), ("version", "1")]).status == 303)
        return Setup(server: server, editor: editor, provider: try flow.signedIn(server, "op@ente.it"), id: id)
    }

    /// The operator saves the card with a new title (based on `version`).
    @discardableResult
    func propose(_ s: Setup, title: String, version: Int = 2) throws -> HTTPReply {
        try s.provider.get("/admin/schede/\(s.id)")
        return try s.provider.post("/admin/schede/\(s.id)", try flow.validCard(s.server, title: title) + [("version", String(version))])
    }

    func card(_ s: Setup) throws -> (title: String, version: Int, status: String) {
        try s.server.database.read { db in
            let row = try db.queryOne("SELECT title, version, status FROM service WHERE id = ?", s.id)
            return (try row?.get("title") ?? "", try row?.get("version") ?? 0, try row?.get("status") ?? "")
        }
    }

    func publicSearchLists(_ s: Setup, _ title: String) throws -> Bool {
        let reply = try FormBrowser(port: s.server.port).get("/cerca?q=casa")
        return reply.status == 200 && reply.text.contains(title)
    }

    @Test func operatorEditOfAPublishedCardWaitsForReviewWhileThePublicCardStays() throws {
        let s = try setUp()
        defer { s.server.stop() }
        let reply = try propose(s, title: "Assistenza a casa rivista")
        #expect(reply.status == 303 && (reply["Location"] ?? "").contains("proposta=1"))
        #expect(try card(s) == ("Assistenza a casa", 2, "published"))
        #expect(try s.server.count("SELECT count(*) FROM revision WHERE service_id = \(s.id)") == 2)
        let page = try FormBrowser(port: s.server.port).get("/servizi/\(try s.slug())")
        #expect(page.status == 200 && page.text.contains("Assistenza a casa") && !page.text.contains("rivista"))
        #expect(try publicSearchLists(s, "Assistenza a casa"))
        let own = try s.provider.get("/admin/schede/\(s.id)")
        #expect(own.text.contains("Modifica in attesa di revisione") && own.text.contains("value=\"Assistenza a casa rivista\""))
        #expect(own.text.contains("Ritira la modifica") && !own.text.contains("Pubblica la modifica"))
        let review = try s.editor.get("/admin/schede/\(s.id)")
        #expect(review.text.contains("Modifica in attesa di revisione") && review.text.contains("Pubblica la modifica"))
        #expect(review.text.contains("Assistenza a casa rivista") && review.text.contains("op@ente.it"))
        #expect(try s.editor.get("/admin/schede").text.contains("Modifica in attesa di revisione"))
        // A second save replaces the proposal (one open proposal per card).
        #expect(try propose(s, title: "Assistenza a casa corretta").status == 303)
        #expect(try s.server.count("SELECT count(*) FROM proposed_change WHERE service_id = \(s.id)") == 1)
        #expect(try s.server.count("SELECT count(*) FROM audit_log WHERE action = 'service.propose'") == 2)
    }

    @Test func publishingTheProposalChangesThePublicCardAndRecordsARevision() throws {
        let s = try setUp()
        defer { s.server.stop() }
        try propose(s, title: "Assistenza a casa rivista")
        try s.editor.get("/admin/schede/\(s.id)")
        #expect(try s.editor.post("/admin/schede/\(s.id)/proposta/pubblica", []).status == 303)
        #expect(try card(s) == ("Assistenza a casa rivista", 3, "published"))
        let revision = try ServiceRepository(pool: s.server.database).revisions(serviceId: s.id).first
        #expect(revision?.version == 3 && revision?.author == "op@ente.it")
        #expect(revision?.changeSummary.contains("«Assistenza a casa» → «Assistenza a casa rivista»") == true)
        #expect(try s.server.count("SELECT count(*) FROM proposed_change") == 0)
        #expect(try s.server.count("SELECT count(*) FROM audit_log WHERE action = 'service.proposal.publish' AND actor = 'red@ente.it'") == 1)
        let page = try FormBrowser(port: s.server.port).get("/servizi/\(try s.slug())")
        #expect(page.status == 200 && page.text.contains("Assistenza a casa rivista"))
        #expect(!(try s.editor.get("/admin/schede/\(s.id)").text.contains("Modifica in attesa di revisione")))
    }

    @Test func rejectingNeedsAReasonAndLeavesTheCardUnchanged() throws {
        let s = try setUp()
        defer { s.server.stop() }
        try propose(s, title: "Titolo sbagliato")
        try s.editor.get("/admin/schede/\(s.id)")
        #expect(try s.editor.post("/admin/schede/\(s.id)/proposta/rifiuta", [("reason", "  ")]).status == 422)
        #expect(try s.server.count("SELECT count(*) FROM proposed_change") == 1)
        #expect(try s.editor.post("/admin/schede/\(s.id)/proposta/rifiuta", [("reason", "Il titolo non è corretto")]).status == 303)
        #expect(try card(s) == ("Assistenza a casa", 2, "published"))
        #expect(try s.server.count("SELECT count(*) FROM proposed_change") == 0)
        #expect(try s.server.count("SELECT count(*) FROM audit_log WHERE action = 'service.proposal.reject' AND summary LIKE '%titolo non è corretto%'") == 1)
        #expect(try s.editor.post("/admin/schede/\(s.id)/proposta/pubblica", []).status == 404)
        let authorsDashboard = try s.provider.get("/admin")
        #expect(authorsDashboard.text.contains("Tue proposte rifiutate"))
        #expect(authorsDashboard.text.contains("motivo: Il titolo non è corretto"), "the author reads why")
        #expect(!(try s.editor.get("/admin")).text.contains("Tue proposte rifiutate"), "only the author's own")
    }

    @Test func theAuthorCanWithdrawButNotPublishOrReject() throws {
        let s = try setUp()
        defer { s.server.stop() }
        try propose(s, title: "Assistenza a casa rivista")
        try s.provider.get("/admin/schede/\(s.id)")
        #expect(try s.provider.post("/admin/schede/\(s.id)/proposta/pubblica", []).status == 403)
        try s.provider.get("/admin/schede/\(s.id)")
        #expect(try s.provider.post("/admin/schede/\(s.id)/proposta/rifiuta", [("reason", "no")]).status == 403)
        #expect(try s.server.count("SELECT count(*) FROM proposed_change") == 1)
        try s.provider.get("/admin/schede/\(s.id)")
        #expect(try s.provider.post("/admin/schede/\(s.id)/proposta/ritira", []).status == 303)
        #expect(try s.server.count("SELECT count(*) FROM proposed_change") == 0)
        #expect(try card(s) == ("Assistenza a casa", 2, "published"))
    }

    @Test func foreignOperatorAndMissingCSRFGet403AndChangeNothing() throws {
        let s = try setUp()
        defer { s.server.stop() }
        try propose(s, title: "Assistenza a casa rivista")
        let stranger = try flow.signedIn(s.server, "op@altro.it")
        #expect(try stranger.get("/admin/schede/\(s.id)").status == 403)
        for action in ["pubblica", "rifiuta", "ritira"] {
            try stranger.get("/admin/schede")
            #expect(stranger.csrfToken != nil)
            #expect(try stranger.post("/admin/schede/\(s.id)/proposta/\(action)", [("reason", "x")]).status == 403)
        }
        try stranger.get("/admin/schede")
        #expect(try stranger.post("/admin/schede/\(s.id)", try flow.validCard(s.server, title: "Rubata") + [("version", "2")]).status == 403)
        try s.editor.get("/admin/schede/\(s.id)")
        for action in ["pubblica", "rifiuta", "ritira"] {
            #expect(try s.editor.post("/admin/schede/\(s.id)/proposta/\(action)", [("reason", "x")], csrf: false).status == 403)
        }
        #expect(try s.server.count("SELECT count(*) FROM proposed_change WHERE snapshot_json LIKE '%rivista%'") == 1)
        #expect(try card(s) == ("Assistenza a casa", 2, "published"))
    }

    @Test func publishingAfterTheCardChangedShowsTheConflictScreen() throws {
        let s = try setUp()
        defer { s.server.stop() }
        try propose(s, title: "Assistenza a casa rivista")
        try s.editor.get("/admin/schede/\(s.id)")
        var fields = try flow.validCard(s.server, title: "Assistenza a casa")
        fields[3] = ("summary", "Testo aggiornato dal redattore")
        #expect(try s.editor.post("/admin/schede/\(s.id)", fields + [("version", "2")]).status == 303)
        try s.editor.get("/admin/schede/\(s.id)")
        let conflict = try s.editor.post("/admin/schede/\(s.id)/proposta/pubblica", [])
        #expect(conflict.status == 409 && conflict.text.contains("id=\"conflitto\""))
        #expect(conflict.text.contains("value=\"Assistenza a casa rivista\"") && conflict.text.contains("name=\"applica_proposta\""))
        #expect(try card(s) == ("Assistenza a casa", 3, "published"))
        #expect(try s.server.count("SELECT count(*) FROM proposed_change") == 1)
        // Merging in the form and saving publishes the merge and closes the proposal.
        let merged = try s.editor.post("/admin/schede/\(s.id)", try flow.validCard(s.server, title: "Assistenza a casa rivista")
            + [("version", "3"), ("applica_proposta", "1")])
        #expect(merged.status == 303)
        #expect(try card(s) == ("Assistenza a casa rivista", 4, "published"))
        #expect(try s.server.count("SELECT count(*) FROM proposed_change") == 0)
    }

    @Test func operatorSaveBasedOnAnOldVersionIsAConflict() throws {
        let s = try setUp()
        defer { s.server.stop() }
        let reply = try propose(s, title: "Assistenza a casa rivista", version: 1)
        #expect(reply.status == 409)
        #expect(try s.server.count("SELECT count(*) FROM proposed_change") == 0)
    }
}
