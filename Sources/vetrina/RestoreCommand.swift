import Catalog
import Storage
import Foundation

/// `vetrina restore --from BACKUP --db FILE`: checks a backup (SQLite `integrity_check`, migrated
/// schema) and copies it into a new database file. It never overwrites: the portal must be
/// stopped and the old file moved aside first (docs/deploy/README.md), so a running server is
/// never handed a database swapped under it.
struct RestoreCommand {
    static let name = "restore"
    static let help = """
        Uso: vetrina restore --from BACKUP --db FILE

        Controlla un backup fatto con «vetrina backup» (integrity_check di SQLite, schema
        migrato) e lo copia in FILE, che non deve esistere. Prima di ripristinare: fermare il
        portale e spostare altrove il database da sostituire (con i suoi file -wal e -shm).

        Opzioni:
          --from BACKUP  file di backup da ripristinare (obbligatorio)
          --db FILE      nuovo database da creare (obbligatorio, non deve esistere)
          --help         mostra questo aiuto
        """

    static func run(_ arguments: [String]) throws {
        let args = try ArgumentParser(valueOptions: ["from", "db"], flags: ["help"], command: name).parse(arguments)
        if args.has("help") { return print(help) }
        let source = try args.required("from", command: name)
        let destination = try args.required("db", command: name)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: destination + suffix) {
            throw CLIError.failure("Il file \(destination + suffix) esiste già: fermare il portale e spostarlo altrove prima di ripristinare.")
        }
        let backup = try DatabaseOpener.open(source, create: false)
        defer { backup.close() }
        let versions = try check(backup)
        do {
            try backup.backup(to: destination)
        } catch {
            DatabaseOpener.removeCreated(destination)
            throw CLIError.failure("Ripristino fallito: \(error)")
        }
        print("Ripristino completato: \(source) → \(destination) (integrity_check ok, \(versions) migrazioni).")
    }

    /// Fails unless the backup is intact and migrated; returns how many migrations it records.
    private static func check(_ backup: DatabasePool) throws -> Int {
        let verdict: String?
        do { verdict = try backup.read { try $0.scalar("PRAGMA integrity_check") } } catch {
            throw CLIError.failure("Il backup \(backup.path) non è leggibile: \(error)")
        }
        guard verdict == "ok" else {
            throw CLIError.failure("Il backup \(backup.path) è danneggiato (integrity_check: \(verdict ?? "nessuna risposta")).")
        }
        try DatabaseOpener.requireMigrated(backup)
        let count: Int? = try backup.read { try $0.scalar("SELECT count(*) FROM schema_migration") }
        return count ?? 0
    }
}
