import CSQLite

extension Connection {
    /// Copies this database into a new file at `destinationPath` with the online backup API
    /// (sqlite.org/backup.html), in one step so the copy is a consistent snapshot.
    /// - Throws: `SQLiteError` if the destination cannot be opened or the copy fails.
    public func backup(to destinationPath: String) throws(SQLiteError) {
        let destination = try Connection(path: destinationPath)
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            throw SQLiteError(connection: destination.handle,
                              code: sqlite3_extended_errcode(destination.handle), sql: "backup to \(destinationPath)")
        }
        var rc = sqlite3_backup_step(backup, -1)
        while rc == SQLITE_BUSY || rc == SQLITE_LOCKED {
            sqlite3_sleep(20)
            rc = sqlite3_backup_step(backup, -1)
        }
        let finish = sqlite3_backup_finish(backup)
        guard rc == SQLITE_DONE, finish == SQLITE_OK else {
            throw SQLiteError(connection: destination.handle, code: rc == SQLITE_DONE ? finish : rc,
                              sql: "backup to \(destinationPath)")
        }
    }
}
