import Catalog
import Foundation
import Storage

/// `vetrina migrate --db FILE [--migrations DIR]`: applies pending migrations.
struct MigrateCommand {
    static let name = "migrate"
    static let help = """
        Uso: vetrina migrate --db FILE [--migrations DIR]

        Crea il database se non esiste e applica le migrazioni non ancora applicate
        (file NNNN_nome.sql), ciascuna in una transazione. Si rifiuta di proseguire se
        una migrazione già applicata è stata modificata o rimossa. Se il database è
        stato appena creato e una migrazione fallisce, il file viene rimosso.

        Opzioni:
          --db FILE          file del database SQLite (obbligatorio)
          --migrations DIR   cartella delle migrazioni (predefinita: ./Migrations, oppure
                             quella del repository accanto all'eseguibile)
          --help             mostra questo aiuto
        """

    static func run(_ arguments: [String]) throws {
        let args = try ArgumentParser(valueOptions: ["db", "migrations"], flags: ["help"], command: name).parse(arguments)
        if args.has("help") { return print(help) }
        let path = try args.required("db", command: name)
        let directory = try locateMigrations(args.value("migrations"))
        let isNew = !FileManager.default.fileExists(atPath: path)
        let pool = try DatabaseOpener.open(path, create: true)
        var succeeded = false
        defer {
            pool.close()
            if isNew && !succeeded { DatabaseOpener.removeCreated(path) }
        }
        do {
            let applied = try Migrator(directory: directory).migrate(pool)
            succeeded = true
            if applied.isEmpty {
                print("Database già aggiornato: nessuna migrazione da applicare (\(path)).")
            } else {
                print("Applicate \(applied.count) migrazioni a \(path): \(applied.map(\.name).joined(separator: ", ")).")
            }
        } catch let error as MigrationError {
            throw CLIError.failure(error.description)
        } catch {
            throw CLIError.failure("Migrazione fallita: \(error)")
        }
    }

    /// The migrations directory (flag, ./Migrations, or next to the executable).
    static func locateMigrations(_ explicit: String?) throws -> URL {
        guard let url = MigrationDirectoryLocator.forCurrentProcess().locate(explicit: explicit) else {
            throw CLIError.failure("Cartella Migrations non trovata: indicarla con --migrations DIR.")
        }
        return url
    }
}
