import Foundation

/// A fixed set of reader connections handed out one caller at a time.
/// `checkout` blocks (on a condition variable) until a connection is free.
// @unchecked Sendable: `available` and `isClosed` are read and written only under `condition`.
final class ReaderPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var available: [Connection]
    private var isClosed = false

    init(connections: [Connection]) {
        available = connections
    }

    /// Runs `body` with a connection that no other thread uses meanwhile.
    func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        let connection = try checkout()
        defer { checkin(connection) }
        return try body(connection)
    }

    private func checkout() throws(SQLiteError) -> Connection {
        condition.lock()
        defer { condition.unlock() }
        while available.isEmpty && !isClosed { condition.wait() }
        guard !isClosed, let connection = available.popLast() else {
            throw SQLiteError(code: 21, message: "the database pool is closed")  // SQLITE_MISUSE
        }
        return connection
    }

    private func checkin(_ connection: Connection) {
        condition.lock()
        if !isClosed { available.append(connection) }
        condition.signal()
        condition.unlock()
    }

    /// Releases idle connections; later checkouts fail with SQLITE_MISUSE.
    func close() {
        condition.lock()
        isClosed = true
        available.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
