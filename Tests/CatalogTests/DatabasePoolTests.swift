import Foundation
import Testing
@testable import Catalog
@testable import Storage
import TestSupport

@Suite struct DatabasePoolTests {
    @Test func opensInWALWithForeignKeysOn() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let pool = try DatabasePool(path: dir.path + "/db.sqlite")
        let mode: String? = try pool.read { try $0.scalar("PRAGMA journal_mode") }
        let fk: Int? = try pool.read { try $0.scalar("PRAGMA foreign_keys") }
        let sync: Int? = try pool.withWriter { try $0.scalar("PRAGMA synchronous") }
        #expect(mode == "wal")
        #expect(fk == 1)
        #expect(sync == 2)  // FULL
    }

    @Test func readersCannotWrite() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let pool = try DatabasePool(path: dir.path + "/db.sqlite")
        try pool.write { try $0.execute("CREATE TABLE t (x INTEGER)") }
        #expect(throws: SQLiteError.self) { try pool.read { try $0.run("INSERT INTO t VALUES (1)") } }
    }

    @Test func writeRollsBackOnThrow() throws {
        struct Boom: Error {}
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let pool = try DatabasePool(path: dir.path + "/db.sqlite")
        try pool.write { try $0.execute("CREATE TABLE t (x INTEGER)") }
        #expect(throws: Boom.self) {
            try pool.write { db in
                try db.run("INSERT INTO t VALUES (1)")
                throw Boom()
            }
        }
        #expect(try pool.read { try $0.scalar("SELECT count(*) FROM t", as: Int.self) } == 0)
    }

    /// Many reader threads run while a long write transaction is open: no reader fails, and each
    /// sees either the state before the write or after its commit, never a half-written one.
    @Test func readersDuringALongWriteSeeOnlyCommittedData() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let pool = try DatabasePool(path: dir.path + "/db.sqlite", configuration: DatabaseConfiguration(readerCount: 3))
        try pool.write { db in
            try db.execute("CREATE TABLE t (x INTEGER)")
            for i in 0..<100 { try db.run("INSERT INTO t VALUES (?)", i) }
        }
        let writerStarted = DispatchSemaphore(value: 0)
        let readsDone = DispatchSemaphore(value: 0)
        let writerDone = DispatchSemaphore(value: 0)
        let results = ConcurrentResults()
        let writer = Thread {
            try? pool.write { db in
                for i in 0..<5_000 { try db.run("INSERT INTO t VALUES (?)", i) }
                writerStarted.signal()
                readsDone.wait()  // keep the transaction open while readers read
                for i in 0..<5_000 { try db.run("INSERT INTO t VALUES (?)", i) }
            }
            writerDone.signal()
        }
        writer.start()
        writerStarted.wait()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<25 {
                do { results.record(try pool.read { try $0.scalar("SELECT count(*) FROM t", as: Int.self) } ?? -1) }
                catch { results.fail("\(error)") }
            }
        }
        readsDone.signal()
        writerDone.wait()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do { results.record(try pool.read { try $0.scalar("SELECT count(*) FROM t", as: Int.self) } ?? -1) }
            catch { results.fail("\(error)") }
        }
        #expect(results.failures.isEmpty, "\(results.failures.prefix(3))")
        #expect(Set(results.values) == [100, 10_100])
        #expect(results.values.count == 204)
    }
}

extension DatabasePoolTests {
    @Test func nestedWriteFailsInsteadOfDeadlocking() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let pool = try DatabasePool(path: dir.path + "/db.sqlite")
        try pool.write { try $0.execute("CREATE TABLE t (x INTEGER)") }
        #expect(throws: SQLiteError.self) {
            try pool.write { db in
                try db.run("INSERT INTO t VALUES (1)")
                try pool.write { try $0.run("INSERT INTO t VALUES (2)") }
            }
        }
        #expect(try pool.read { try $0.scalar("SELECT count(*) FROM t", as: Int.self) } == 0)
        try pool.write { try $0.run("INSERT INTO t VALUES (3)") }
        #expect(try pool.read { try $0.scalar("SELECT count(*) FROM t", as: Int.self) } == 1)
    }
}
