import Catalog
import Foundation
import Portal
import Search

/// `vetrina import-hsds --db FILE FILE`: imports the HSDS services another portal exported
/// (ndjson of `/api/v1/services?full=true&format=ndjson`, a JSON array or a paged envelope),
/// all or nothing, matching services and organisations by their HSDS id.
struct ImportHSDSCommand {
    static let name = "import-hsds"
    static let help = """
        Uso: vetrina import-hsds --db FILE FILE_HSDS

        Importa i servizi in formato HSDS 3.0 esportati da un portale Vetrina (ndjson di
        /api/v1/services?full=true&format=ndjson, un elenco JSON o una pagina dell'API).
        Tutto o niente: se un record non è valido non viene scritto nulla. I servizi e gli
        enti sono riconosciuti dal loro id HSDS: reimportare lo stesso file non cambia nulla.
        Il database deve essere migrato e con i territori caricati («vetrina seed»).

        Opzioni:
          --db FILE    file del database SQLite (obbligatorio)
          --help       mostra questo aiuto
        """

    static func run(_ arguments: [String]) throws {
        var options: [String] = [], files: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--db", index + 1 < arguments.count {
                options += [argument, arguments[index + 1]]
                index += 2
                continue
            }
            if argument.hasPrefix("-") { options.append(argument) } else { files.append(argument) }
            index += 1
        }
        let args = try ArgumentParser(valueOptions: ["db"], flags: ["help"], command: name).parse(options)
        if args.has("help") { return print(help) }
        let path = try args.required("db", command: name)
        guard files.count == 1, let file = files.first else {
            throw CLIError.usage("Indicare un solo file HSDS da importare.", command: name)
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError.failure("File non leggibile: \(file).")
        }
        let pool = try DatabaseOpener.open(path, create: false)
        defer { pool.close() }
        try DatabaseOpener.requireMigrated(pool)
        let summary: HSDSImportSummary
        do { summary = try HSDSImporter(database: pool).run(data) } catch let error as HSDSImportError {
            throw CLIError.failure("\(file), \(error.description) Nessun dato è stato scritto.")
        }
        // The writer's index catch-up (docs/SCALING.md): read replicas find the imported cards
        // without waiting for the portal's next save.
        try SearchIndexer().catchUp(pool)
        print("""
            Importazione completata da \(file).
            Servizi: \(summary.servicesCreated) creati, \(summary.servicesUpdated) aggiornati, \(summary.servicesUnchanged) invariati.
            Enti: \(summary.organizationsCreated) creati, \(summary.organizationsUpdated) aggiornati, \(summary.organizationsUnchanged) invariati.
            """)
    }
}
