import Foundation
import Storage
import Testing
import TestSupport

/// The operators' path end to end over sockets, on real `vetrina serve` processes sharing one
/// file: sign in on the writer (CSRF token from the form, cookies), save a card through the admin
/// form, find it by a new word at once on the writer's search and on a `--replica` node's; and the
/// replica's refusals (docs/SCALING.md, "A replica node"): 503 with the read-only page, nothing
/// written.
@Suite(.blocking) struct ReplicaNodeE2ETests {
    static let password = "una frase lunga e segreta"
    /// The lowest work factor `serve` takes: a sign-in re-hashes a password stored with fewer
    /// iterations than the server's, which at the default (600 000) takes seconds in a debug build.
    static let quickHashing = ["--password-iterations", "1000"]

    /// A migrated demo database with one administrator, in a scratch directory: a copy of the demo
    /// template `TestDatabase` builds once per process (`vetrina migrate` and `seed --demo` are
    /// tested as commands in CLITests and CLIAuditTrailTests).
    static func demoDatabase(_ dir: ScratchDirectory) throws -> String {
        let db = dir.path("v.sqlite")
        try TestDatabase.copyTemplate(.demo, to: db)
        let created = try CLIRunner.run(["user", "create", "--db", db, "--email", "capo@rete.it", "--role", "admin",
                                         "--iterations", "1000"], standardInput: password + "\n")
        #expect(created.exitCode == 0, "\(created.stderr)")
        return db
    }

    /// A word no card holds: letters only, so the stemmer and the folding keep it whole.
    static func uniqueWord() -> String {
        "zq" + String(UUID().uuidString.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) }.prefix(8)
            .map { Character($0) }) + "vetrina"
    }

    @Test func aCardSavedThroughTheAdminFormIsFoundAtOnceOnTheWriterAndOnTheReplica() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = try Self.demoDatabase(dir)
        let writer = try ServeProcess(db: db, standardError: FileHandle.nullDevice, extraArguments: Self.quickHashing)
        defer { writer.stop() }
        let replica = try ServeProcess(db: db, standardError: FileHandle.nullDevice, extraArguments: ["--replica"])
        defer { replica.stop() }
        let (organization, torino) = try Self.referenceIDs(db)

        let browser = FormBrowser.process(port: writer.port)
        #expect(try browser.get("/admin/accedi").status == 200)
        let signedIn = try browser.post("/admin/accedi", [("email", "capo@rete.it"), ("password", Self.password)])
        #expect(signedIn.status == 303 && signedIn["Location"] == "/admin", "\(signedIn.status) \(signedIn.text)")
        #expect(browser.cookies.keys.contains("vw_sessione"))

        let word = Self.uniqueWord()
        let title = "Compagnia a casa \(word)"
        #expect(try browser.get("/admin/schede/nuova").status == 200)
        let created = try browser.post("/admin/schede/nuova", [
            ("title", title), ("organization_id", String(organization)), ("service_type", "assistenza_domiciliare"),
            ("summary", "Visite a casa per persone anziane sole"), ("needs", "anziani"), ("territories", String(torino)),
            ("cost_kind", "free"), ("languages", "it")])
        #expect(created.status == 303, "\(created.status) \(created.text)")
        let id = try #require(created["Location"]?.split(separator: "/").last?.split(separator: "?").first.map(String.init))
        #expect(try browser.get("/admin/schede/\(id)").status == 200)
        let published = try browser.post("/admin/schede/\(id)/stato", [("action", "pubblica"), ("version", "1")])
        #expect(published.status == 303, "\(published.status) \(published.text)")

        // The writer indexed the card in the request that published it: found by its word at once.
        let onWriter = try FormBrowser.process(port: writer.port).get("/cerca?q=\(word)")
        #expect(onWriter.status == 200 && onWriter.text.contains(title))
        // The replica reads the same file (committed before the 303 above): it finds the card once
        // its snapshot has followed the generation, which is its very next search.
        var onReplica: HTTPReply?
        let found = try waitUntil(timeout: .seconds(10)) {
            onReplica = try FormBrowser.process(port: replica.port).get("/cerca?q=\(word)")
            return onReplica?.status == 200 && onReplica?.text.contains(title) == true
        }
        #expect(found, "replica: \(onReplica?.status ?? 0)")
        #expect(try FormBrowser.process(port: replica.port).get("/servizi/\(try Self.slug(db, id: id))").text.contains(title))
        // /healthz tells a proxy or a monitor which node is which.
        #expect(try FormBrowser.process(port: writer.port).get("/healthz").text.contains("\"role\":\"writer\""))
        #expect(try FormBrowser.process(port: replica.port).get("/healthz").text.contains("\"role\":\"replica\""))
    }

    @Test func theReplicaRefusesSignInWithTheReadOnlyPageAndWritesNothing() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = try Self.demoDatabase(dir)
        let writer = try ServeProcess(db: db, standardError: FileHandle.nullDevice, extraArguments: Self.quickHashing)
        defer { writer.stop() }
        let writerURL = "http://127.0.0.1:\(writer.port)"
        let replica = try ServeProcess(db: db, standardError: FileHandle.nullDevice,
                                       extraArguments: ["--replica", "--writer-url", writerURL])
        defer { replica.stop() }
        let before = try Self.writeCounts(db)

        let browser = FormBrowser.process(port: replica.port)
        let form = try browser.get("/admin/accedi")
        #expect(form.status == 503 && form["Retry-After"] == nil)
        #expect(form.text.contains("<h1>Questo nodo è in sola lettura</h1>"))
        #expect(form.text.contains("href=\"\(writerURL)/admin/accedi\""))   // the same page, on the writer
        #expect(!form.text.contains("name=\"password\""))
        let signIn = try browser.post("/admin/accedi", [("email", "capo@rete.it"), ("password", Self.password),
                                                        ("csrf", "x")])
        #expect(signIn.status == 503 && signIn["Retry-After"] == nil && signIn["Set-Cookie"] == nil)
        #expect(signIn.text.contains("Questo nodo è in sola lettura"))
        #expect(signIn.text.contains("Quello che hai inviato non è stato salvato"))
        #expect(signIn.text.contains("href=\"\(writerURL)/admin\""))
        #expect(signIn["Cache-Control"] == "no-store")

        // A citizen's form, in English: the same refusal in the page's language.
        let slug = try Self.slug(db, id: nil)
        let rating = try browser.post("/en/servizi/\(slug)/valutazione", [("utile", "si")])
        #expect(rating.status == 503 && rating.text.contains("This server is read-only"))
        let report = try browser.post("/servizi/\(slug)/segnalazione", [("messaggio", "Il telefono non risponde")])
        #expect(report.status == 503 && report.text.contains("Questo nodo è in sola lettura"))

        // Pages that only read keep working, search included.
        #expect(try browser.get("/").status == 200)
        #expect(try browser.get("/servizi/\(slug)").status == 200)
        #expect(try browser.get("/cerca?q=anziani").status == 200)
        #expect(try browser.get("/imprese/questionario").status == 200)

        replica.stopAndWait()   // a recorder would flush its search counts now: there is none
        #expect(try Self.writeCounts(db) == before)
        // The writer still signs in (the replica changed nothing it depends on).
        let onWriter = FormBrowser.process(port: writer.port)
        try onWriter.get("/admin/accedi")
        #expect(try onWriter.post("/admin/accedi", [("email", "capo@rete.it"), ("password", Self.password)]).status == 303)
    }

    @Test func withoutAWriterURLThePageExplainsInWords() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = try Self.demoDatabase(dir)
        let writer = try ServeProcess(db: db, standardError: FileHandle.nullDevice, extraArguments: Self.quickHashing)
        defer { writer.stop() }
        let replica = try ServeProcess(db: db, standardError: FileHandle.nullDevice, extraArguments: ["--replica"])
        defer { replica.stop() }
        let page = try FormBrowser.process(port: replica.port).get("/admin")
        #expect(page.status == 503)
        #expect(page.text.contains("Questo server non conosce l&#39;indirizzo del server principale"))
        #expect(!page.text.contains("Vai al server principale"))
    }

    @Test func aReplicaRefusesToStartBeforeTheWriterHasCreatedTheSiteKeys() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite")
        #expect(try CLIRunner.run(["migrate", "--db", db]).exitCode == 0)
        let early = try CLIRunner.run(["serve", "--db", db, "--port", "0", "--replica"])
        #expect(early.exitCode == 1)
        #expect(early.stderr.contains("avviare prima, almeno una volta, il nodo che scrive"))
        let misplaced = try CLIRunner.run(["serve", "--db", db, "--port", "0", "--writer-url", "https://welfare.example.it"])
        #expect(misplaced.exitCode == 2 && misplaced.stderr.contains("vale solo con --replica"))
        let hostile = try CLIRunner.run(["serve", "--db", db, "--port", "0", "--replica", "--writer-url", "javascript:alert(1)"])
        #expect(hostile.exitCode == 2 && hostile.stderr.contains("http:// o https://"))
    }

    // MARK: Reading the file directly

    /// Rows every write path of a sign-in or a form would add to.
    static func writeCounts(_ db: String) throws -> [Int] {
        let pool = try DatabasePool(path: db, configuration: DatabaseConfiguration(readerCount: 1, readOnly: true))
        defer { pool.close() }
        return try pool.read { db in
            try ["session", "sign_in_throttle", "audit_log", "card_feedback", "search_stat", "site_secret"].map {
                try db.scalar("SELECT count(*) FROM \($0)", as: Int.self) ?? -1
            }
        }
    }

    /// A published organisation's id and the province of Turin's.
    static func referenceIDs(_ db: String) throws -> (Int64, Int64) {
        let pool = try DatabasePool(path: db, configuration: DatabaseConfiguration(readerCount: 1, readOnly: true))
        defer { pool.close() }
        return try pool.read { db in
            (try db.scalar("SELECT min(id) FROM organization", as: Int64.self) ?? 0,
             try db.scalar("SELECT id FROM territory WHERE kind = 'province' AND code = 'TO'", as: Int64.self) ?? 0)
        }
    }

    /// The slug of card `id`, or of the first published card.
    static func slug(_ db: String, id: String?) throws -> String {
        let pool = try DatabasePool(path: db, configuration: DatabaseConfiguration(readerCount: 1, readOnly: true))
        defer { pool.close() }
        return try pool.read { db in
            if let id, let number = Int64(id) {
                return try db.scalar("SELECT slug FROM service WHERE id = ?", number, as: String.self) ?? ""
            }
            return try db.scalar("SELECT slug FROM service WHERE status = 'published' ORDER BY id LIMIT 1", as: String.self) ?? ""
        }
    }
}
