import Catalog
import Foundation

/// `vetrina backup --db FILE --to FILE`: a consistent copy with SQLite's online backup API.
struct BackupCommand {
    static let name = "backup"
    static let help = """
        Uso: vetrina backup --db FILE --to FILE

        Copia il database in un nuovo file con l'API di backup online di SQLite: la copia
        è coerente anche mentre il portale è in funzione. Non sovrascrive file esistenti.

        Opzioni:
          --db FILE   database da copiare (obbligatorio)
          --to FILE   file di destinazione, che non deve esistere (obbligatorio)
          --help      mostra questo aiuto
        """

    static func run(_ arguments: [String]) throws {
        let args = try ArgumentParser(valueOptions: ["db", "to"], flags: ["help"], command: name).parse(arguments)
        if args.has("help") { return print(help) }
        let source = try args.required("db", command: name)
        let destination = try args.required("to", command: name)
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw CLIError.failure("Il file di destinazione \(destination) esiste già: scegliere un altro nome.")
        }
        let pool = try DatabaseOpener.open(source, create: false)
        defer { pool.close() }
        do {
            try pool.backup(to: destination)
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw CLIError.failure("Backup fallito: \(error)")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: destination)[.size] as? Int) ?? 0
        print("Backup completato: \(source) → \(destination) (\(size / 1024) KiB).")
    }
}
