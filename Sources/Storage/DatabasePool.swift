import CSQLite
import Foundation

/// The database as the application uses it: one writer connection, serialised by a lock, and
/// a pool of reader connections usable from many threads at once (sqlite.org/wal.html).
///
/// Every connection has `foreign_keys=ON` and a busy timeout; the file is in WAL mode so readers
/// never wait for the writer, and the writer uses `synchronous=FULL`. Reads run in a deferred
/// transaction (one consistent snapshot per `read`) and are retried if SQLite still reports
/// SQLITE_BUSY, so a busy database never surfaces as a user error during reads.
// @unchecked Sendable: `writer` is used only under `writerLock`; readers are handed out by
// `ReaderPool` under its `condition`; everything else is immutable.
public final class DatabasePool: @unchecked Sendable {
    /// The database file path.
    public let path: String
    /// The settings it was opened with.
    public let configuration: DatabaseConfiguration
    private let writer: Connection
    /// Recursive so that a `write` nested in a `write` fails fast with SQLite's "cannot start a
    /// transaction within a transaction" instead of deadlocking.
    private let writerLock = NSRecursiveLock()
    private let readers: ReaderPool

    /// Opens (creating if needed) the database at `path` and its reader connections. With
    /// `configuration.readOnly` the file must exist, every connection is read-only and the
    /// journal mode is not touched.
    /// - Throws: `SQLiteError` if the file cannot be opened or put in WAL mode.
    public init(path: String, configuration: DatabaseConfiguration = DatabaseConfiguration()) throws {
        self.path = path
        self.configuration = configuration
        let readOnly = configuration.readOnly
        writer = try Connection(path: path, readOnly: readOnly, busyTimeoutMilliseconds: configuration.busyTimeoutMilliseconds,
                                statementCacheLimit: configuration.statementCacheLimit)
        if !readOnly {
            let mode: String? = try writer.scalar("PRAGMA journal_mode = WAL")
            guard mode?.lowercased() == "wal" else {
                throw SQLiteError(code: SQLITE_ERROR, message: "cannot enable WAL (journal_mode is \(mode ?? "?"))",
                                  sql: "PRAGMA journal_mode = WAL")
            }
            try writer.execute("PRAGMA synchronous = \(configuration.synchronous)")
        }
        var connections: [Connection] = []
        for _ in 0..<max(1, configuration.readerCount) {
            let reader = try Connection(path: path, readOnly: readOnly, busyTimeoutMilliseconds: configuration.busyTimeoutMilliseconds,
                                        statementCacheLimit: configuration.statementCacheLimit)
            try reader.execute("PRAGMA query_only = ON")
            connections.append(reader)
        }
        readers = ReaderPool(connections: connections)
    }

    /// Whether the pool was opened read-only (`DatabaseConfiguration.readOnly`).
    public var isReadOnly: Bool { configuration.readOnly }

    /// Runs `body` in a write transaction (BEGIN IMMEDIATE … COMMIT) on the writer connection.
    /// Writers queue on a lock; if `body` throws, everything it did is rolled back. Do not nest
    /// writes (it throws); a `read` inside a `write` does not see the uncommitted changes.
    /// - Throws: `SQLiteError` (SQLITE_READONLY on a read-only pool), or what `body` threw.
    public func write<T>(_ body: (Connection) throws -> T) throws -> T {
        if configuration.readOnly {
            throw SQLiteError(code: SQLITE_READONLY, message: "the database pool is read-only", sql: "BEGIN IMMEDIATE")
        }
        writerLock.lock()
        defer { writerLock.unlock() }
        return try writer.transaction(.immediate, body)
    }

    /// Runs `body` on the writer connection outside any transaction (VACUUM, pragmas, scripts
    /// that manage their own transactions). Serialised with `write`.
    public func withWriter<T>(_ body: (Connection) throws -> T) throws -> T {
        writerLock.lock()
        defer { writerLock.unlock() }
        return try body(writer)
    }

    /// Runs `body` on a reader connection inside a deferred transaction: every query in it sees
    /// the same committed snapshot. Blocks while all readers are in use. Retried when SQLite
    /// reports SQLITE_BUSY/LOCKED, so `body` must only read (reader connections are query-only).
    /// - Throws: `SQLiteError`, or what `body` threw.
    public func read<T>(_ body: (Connection) throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try readers.withConnection { try $0.transaction(.deferred, body) }
            } catch let error as SQLiteError where error.isBusy && attempt < configuration.readRetries {
                attempt += 1
                usleep(UInt32(10_000 * attempt))
            }
        }
    }

    /// Writes a consistent copy of the database to `destinationPath` (online backup API).
    /// - Throws: `SQLiteError`.
    public func backup(to destinationPath: String) throws {
        try readers.withConnection { try $0.backup(to: destinationPath) }
    }

    /// Refuses new reads; connections close when released. Call once, at shutdown.
    public func close() {
        readers.close()
    }
}
