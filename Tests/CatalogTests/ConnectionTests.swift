import Foundation
import Testing
@testable import Catalog
@testable import Storage
import TestSupport

@Suite struct ConnectionTests {
    private func withConnection(_ body: (Connection) throws -> Void) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let db = try Connection(path: dir.path + "/t.sqlite")
        try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v ANY, note TEXT UNIQUE) STRICT")
        try body(db)
    }

    @Test func roundTripsEveryBindableType() throws {
        try withConnection { db in
            let values: [any SQLBindable] = [42, Int64.max, Int64.min, 3.25, "testo", true, false, [UInt8]([0, 1, 255])]
            for value in values { try db.run("INSERT INTO t (v) VALUES (?)", value) }
            let read = try db.query("SELECT v FROM t ORDER BY id").map { $0[0] }
            #expect(read == [.integer(42), .integer(.max), .integer(.min), .real(3.25), .text("testo"),
                             .integer(1), .integer(0), .blob([0, 1, 255])])
        }
    }

    @Test func bindsNilAsNull() throws {
        try withConnection { db in
            let missing: String? = nil
            try db.run("INSERT INTO t (v, note) VALUES (?, ?)", missing, SQLValue.null)
            let row = try #require(try db.queryOne("SELECT v, note, v IS NULL AS is_missing FROM t"))
            #expect(row["v"] == .null)
            let decoded: String? = try row.get("note")
            #expect(decoded == nil)
            #expect(try row.get("is_missing", as: Bool.self))
        }
    }

    @Test func roundTripsUnicodeAndEmoji() throws {
        try withConnection { db in
            let texts = ["Mondovì", "Sant'Antonino di Susa", "👵🏻 assistenza 🏠", "日本語", "", "a\u{0}b"]
            for text in texts { try db.run("INSERT INTO t (v) VALUES (?)", text) }
            let read: [String] = try db.query("SELECT v FROM t ORDER BY id").map { try $0.get(0) }
            #expect(read == texts)
            let length: Int? = try db.scalar("SELECT length(v) FROM t WHERE id = 3")
            #expect(length == "👵🏻 assistenza 🏠".unicodeScalars.count)
        }
    }

    @Test func roundTripsBlobsIncludingEmpty() throws {
        try withConnection { db in
            let big = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
            try db.run("INSERT INTO t (v) VALUES (?)", big)
            try db.run("INSERT INTO t (v) VALUES (?)", [UInt8]())
            let rows = try db.query("SELECT v, typeof(v) FROM t ORDER BY id")
            #expect(try rows[0].get(0, as: [UInt8].self) == big)
            #expect(rows[1][0] == .blob([]))
            #expect(rows[1][1] == .text("blob"))
        }
    }

    @Test func decodesDomainTypes() throws {
        try withConnection { db in
            let uuid = UUID()
            let day = try #require(CalendarDay(iso: "2024-02-29"))
            let date = Date(timeIntervalSince1970: 1_700_000_000.75)
            try db.run("INSERT INTO t (v) VALUES (?), (?), (?)", uuid, day, date)
            let rows = try db.query("SELECT v FROM t ORDER BY id")
            #expect(try rows[0].get(0, as: UUID.self) == uuid)
            #expect(try rows[1].get(0, as: CalendarDay.self) == day)
            #expect(try rows[2].get(0, as: Date.self) == Date(timeIntervalSince1970: 1_700_000_000))
        }
    }

    @Test func wrongColumnTypeIsAMismatchError() throws {
        try withConnection { db in
            try db.run("INSERT INTO t (v) VALUES ('text')")
            let row = try #require(try db.queryOne("SELECT v FROM t"))
            #expect { _ = try row.get(0, as: Int.self) } throws: { ($0 as? SQLiteError)?.codeName == "SQLITE_MISMATCH" }
            #expect { _ = try row.get("nope", as: Int.self) } throws: { ($0 as? SQLiteError)?.codeName == "SQLITE_RANGE" }
        }
    }

    @Test func errorCarriesCodeNameMessageAndSQLButNotArguments() throws {
        try withConnection { db in
            try db.run("INSERT INTO t (note) VALUES (?)", "mario.rossi@example.it")
            let sql = "INSERT INTO t (note) VALUES (?)"
            do {
                try db.run(sql, "mario.rossi@example.it")
                Issue.record("expected a UNIQUE violation")
            } catch let error as SQLiteError {
                #expect(error.codeName == "SQLITE_CONSTRAINT_UNIQUE")
                #expect(error.isConstraintViolation)
                #expect(error.message.contains("t.note"))
                #expect(error.sql == sql)
                #expect(!error.description.contains("mario.rossi"))
                #expect(error.description.contains("SQLITE_CONSTRAINT_UNIQUE"))
            }
        }
    }

    @Test func badSQLAndWrongArgumentCountAreErrors() throws {
        try withConnection { db in
            #expect { try db.run("INSERT INTO nowhere VALUES (1)") } throws: {
                ($0 as? SQLiteError)?.codeName == "SQLITE_ERROR" && ($0 as? SQLiteError)?.sql?.contains("nowhere") == true
            }
            #expect { try db.run("INSERT INTO t (v) VALUES (?)", 1, 2) } throws: {
                ($0 as? SQLiteError)?.codeName == "SQLITE_RANGE"
            }
        }
    }

    @Test func transactionRollsBackWhenBodyThrows() throws {
        struct Boom: Error {}
        try withConnection { db in
            #expect(throws: Boom.self) {
                try db.transaction { tx in
                    try tx.run("INSERT INTO t (v) VALUES (1)")
                    throw Boom()
                }
            }
            #expect(!db.isInTransaction)
            #expect(try db.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
            try db.transaction { try $0.run("INSERT INTO t (v) VALUES (2)") }
            #expect(try db.scalar("SELECT count(*) FROM t", as: Int.self) == 1)
        }
    }

    @Test func reusesCachedStatementsAndAllowsNestedIteration() throws {
        try withConnection { db in
            for i in 0..<3 { try db.run("INSERT INTO t (v) VALUES (?)", i) }
            let before = db.cachedStatementCount
            var pairs = 0
            try db.forEachRow("SELECT v FROM t", arguments: []) { _ in
                try db.forEachRow("SELECT v FROM t", arguments: []) { _ in pairs += 1 }
            }
            #expect(pairs == 9)
            #expect(db.cachedStatementCount == before + 1)
        }
    }

    @Test func foreignKeysAreEnforced() throws {
        try withConnection { db in
            try db.execute("CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p INTEGER REFERENCES p(id))")
            #expect { try db.run("INSERT INTO c VALUES (99)") } throws: {
                ($0 as? SQLiteError)?.codeName == "SQLITE_CONSTRAINT_FOREIGNKEY"
            }
        }
    }
}
