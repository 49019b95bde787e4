import Catalog
import Foundation
import Storage

/// Opens the database for a command, with clear messages for the usual mistakes.
enum DatabaseOpener {
    /// Opens `path`, creating the file only when `create` is true.
    /// - Throws: `CLIError.failure` when the file is missing (and may not be created) or unusable.
    static func open(_ path: String, create: Bool) throws -> DatabasePool {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create {
            throw CLIError.failure("Database non trovato: \(path). Crearlo con «vetrina migrate --db \(path)».")
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: directory) {
            throw CLIError.failure("La cartella \(directory) non esiste.")
        }
        do {
            return try DatabasePool(path: path, configuration: DatabaseConfiguration(readerCount: 1))
        } catch let error as SQLiteError where error.primaryCode == 26 {   // SQLITE_NOTADB
            throw CLIError.failure("Il file \(path) non è un database SQLite: controllare il percorso indicato con --db.")
        } catch {
            throw CLIError.failure("Impossibile aprire il database \(path): \(error)")
        }
    }

    /// Deletes the database file at `path` and its WAL companions; used when a command created
    /// the file and then failed, so no half-made database is left behind.
    static func removeCreated(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Fails unless the schema has been created by `vetrina migrate`.
    static func requireMigrated(_ pool: DatabasePool) throws {
        let migrated: Int? = try pool.read {
            try $0.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migration'")
        }
        guard migrated == 1 else {
            throw CLIError.failure("Il database \(pool.path) non è ancora migrato: eseguire prima «vetrina migrate --db \(pool.path)».")
        }
    }
}
