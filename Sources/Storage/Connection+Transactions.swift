import CSQLite

extension Connection {
    /// How a transaction takes its locks (sqlite.org/lang_transaction.html).
    enum TransactionKind: String, Sendable {
        /// Takes locks on first use; for reads.
        case deferred = "DEFERRED"
        /// Takes the write lock at once: no SQLITE_BUSY half-way through a write.
        case immediate = "IMMEDIATE"
    }

    /// Runs `body` inside BEGIN … COMMIT. If `body` throws, or COMMIT fails, the transaction
    /// is rolled back and the error rethrown.
    /// - Throws: `SQLiteError` from BEGIN/COMMIT, or the error `body` threw.
    func transaction<T>(_ kind: TransactionKind = .immediate, _ body: (Connection) throws -> T) throws -> T {
        try execute("BEGIN \(kind.rawValue)")
        do {
            let result = try body(self)
            try execute("COMMIT")
            return result
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }
}
