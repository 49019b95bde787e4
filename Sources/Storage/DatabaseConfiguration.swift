/// How a `DatabasePool` opens and shares its connections. Defaults suit the portal.
public struct DatabaseConfiguration: Sendable, Equatable {
    /// Reader connections in the pool (at least 1).
    public var readerCount: Int = 4
    /// How long a statement waits on a lock before SQLite reports SQLITE_BUSY.
    public var busyTimeoutMilliseconds: Int32 = 5_000
    /// How many times a read that still got SQLITE_BUSY/LOCKED is retried (after a short pause).
    public var readRetries: Int = 5
    /// Prepared statements kept per connection.
    public var statementCacheLimit: Int = 256
    /// `PRAGMA synchronous` for the writer: FULL makes every acknowledged commit durable.
    public var synchronous: String = "FULL"
    /// Opens every connection read-only (`SQLITE_OPEN_READONLY`): a read replica of a file
    /// another process writes (LiteFS, docs/SCALING.md). `write` then fails with SQLITE_READONLY
    /// and the journal mode is left as the writer set it.
    public var readOnly: Bool = false

    /// Memberwise initialiser with the documented defaults.
    public init(readerCount: Int = 4, busyTimeoutMilliseconds: Int32 = 5_000, readRetries: Int = 5,
                statementCacheLimit: Int = 256, synchronous: String = "FULL", readOnly: Bool = false) {
        self.readerCount = readerCount
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        self.readRetries = readRetries
        self.statementCacheLimit = statementCacheLimit
        self.synchronous = synchronous
        self.readOnly = readOnly
    }
}
