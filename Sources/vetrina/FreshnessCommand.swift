import Catalog

/// `vetrina freshness --db FILE [--months N]`: the published cards past their re-verification
/// date, grouped by organisation, for a cron e-mail. Exit status 0 when none is overdue, 3 when
/// some are (1 and 2 keep their usual meaning: failure, bad usage).
struct FreshnessCommand {
    static let name = "freshness"
    static let overdueExitCode: Int32 = 3
    static let help = """
        Uso: vetrina freshness --db FILE [--months N]

        Elenca, per ente, le schede pubblicate che non sono state verificate con l'ente
        negli ultimi N mesi (predefinito \(FreshnessPolicy().months)); quelle oltre il doppio del periodo sono
        anche retrocesse nei risultati di ricerca. Esce con stato 0 se non ce ne sono,
        \(overdueExitCode) se ce ne sono (adatto a un'e-mail da cron).

        Opzioni:
          --db FILE    file del database SQLite (obbligatorio)
          --months N   mesi tra una verifica e l'altra, da 1 a 60 (predefinito \(FreshnessPolicy().months))
          --help       mostra questo aiuto
        """

    static func run(_ arguments: [String]) throws {
        let args = try ArgumentParser(valueOptions: ["db", "months"], flags: ["help"], command: name).parse(arguments)
        if args.has("help") { return print(help) }
        var months = FreshnessPolicy().months
        if let text = args.value("months") {
            guard let n = Int(text), (1...60).contains(n) else {
                throw CLIError.usage("--months vuole un numero tra 1 e 60, non «\(text)».", command: name)
            }
            months = n
        }
        let pool = try DatabaseOpener.open(try args.required("db", command: name), create: false)
        defer { pool.close() }
        try DatabaseOpener.requireMigrated(pool)
        let overdue = try FreshnessRepository(pool: pool, policy: FreshnessPolicy(months: months)).overdue()
        guard !overdue.isEmpty else { return print("Nessuna scheda da verificare (periodo: \(months) mesi).") }
        print("Schede da verificare (non verificate da più di \(months) mesi): \(overdue.count)")
        var organization: Int64?
        for card in overdue {
            if card.organizationId != organization {
                organization = card.organizationId
                print("\n\(card.organizationName)")
            }
            let demoted = card.demoted ? " [retrocessa nella ricerca]" : ""
            print("  - \(card.title) (n. \(card.serviceId), /servizi/\(card.slug)), riferimento \(card.reference.iso)\(demoted)")
        }
        throw CLIError(message: "\(overdue.count) schede da verificare.", exitCode: overdueExitCode)
    }
}
