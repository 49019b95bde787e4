import Catalog

/// `vetrina stats --db FILE`: prints what the catalog holds.
struct StatsCommand {
    static let name = "stats"
    static let help = """
        Uso: vetrina stats --db FILE

        Mostra quanti comuni, province, aree, enti, schede (per stato) e revisioni
        contiene il database.

        Opzioni:
          --db FILE   file del database SQLite (obbligatorio)
          --help      mostra questo aiuto
        """

    static func run(_ arguments: [String]) throws {
        let args = try ArgumentParser(valueOptions: ["db"], flags: ["help"], command: name).parse(arguments)
        if args.has("help") { return print(help) }
        let pool = try DatabaseOpener.open(try args.required("db", command: name), create: false)
        defer { pool.close() }
        try DatabaseOpener.requireMigrated(pool)
        let counts = try StatsRepository(pool: pool).counts()
        print("Database: \(pool.path)")
        print("Comuni: \(counts.comuni)")
        print("Province: \(counts.provinces)")
        print("Aree: \(counts.areas)")
        print("Enti: \(counts.organizations)")
        print("Schede: \(counts.services)")
        for status in ServiceStatus.allCases {
            print("  \(status.label): \(counts.servicesByStatus[status] ?? 0)")
        }
        print("Schede dimostrative o sintetiche: \(counts.demoServices)")
        print("Revisioni: \(counts.revisions)")
        print("Utenti: \(counts.users)")
        print("Voci di vocabolario: \(counts.taxonomyTerms)")
        print("Ricerche registrate (osservatorio): \(try ObservatoryRepository(pool: pool).recordedSearches())")
    }
}
