import Catalog
import Foundation
import Search

/// `vetrina seed --db FILE [--demo] [--synthetic N] [--if-new]`.
struct SeedCommand {
    static let name = "seed"
    static let help = """
        Uso: vetrina seed --db FILE [--demo] [--synthetic N] [--if-new]

        Carica i dati di base: la Regione Piemonte, le 8 province, i 1.180 comuni con i CAP
        (fonte ISTAT) e i vocabolari (bisogni, destinatari, modalità, tipi di ente e di
        servizio, categorie welfare art. 51 TUIR). Ripeterlo non cambia nulla.

        Opzioni:
          --db FILE       database già migrato (obbligatorio)
          --demo          aggiunge il catalogo dimostrativo (enti e iniziative reali del
                          Cuneese e del Pinerolese, mappatura 2022, da verificare con l'ente)
          --synthetic N   porta a N le schede sintetiche per i benchmark (0–1.000.000),
                          chiaramente marcate come «sintetico»
          --if-new        aggiunge demo e schede sintetiche solo se il catalogo non ha
                          ancora nessuna scheda
          --help          mostra questo aiuto
        """

    static func run(_ arguments: [String]) throws {
        let args = try ArgumentParser(valueOptions: ["db", "synthetic"], flags: ["help", "demo", "if-new"], command: name)
            .parse(arguments)
        if args.has("help") { return print(help) }
        let path = try args.required("db", command: name)
        let synthetic = try args.integer("synthetic", in: 0...1_000_000, command: name)
        let pool = try DatabaseOpener.open(path, create: false)
        defer { pool.close() }
        try DatabaseOpener.requireMigrated(pool)
        let seeder = CatalogSeeder(pool: pool)
        let base = try seeder.seedBase()
        print(base.changedRows == 0 ? "Dati di base già presenti: nessuna modifica."
              : "Dati di base caricati: \(describe(base)).")
        let wantsCatalog = args.has("demo") || synthetic != nil
        if try wantsCatalog && args.has("if-new") && seeder.serviceCount() > 0 {
            print("Il catalogo contiene già delle schede: dati dimostrativi non aggiunti (--if-new).")
            return
        }
        if args.has("demo") {
            let demo = try seeder.seedDemo()
            print(demo.changedRows == 0 ? "Catalogo dimostrativo già presente: nessuna modifica."
                  : "Catalogo dimostrativo caricato: \(describe(demo)).")
        }
        if let synthetic {
            let started = Date()
            let report = try seeder.seedSynthetic(count: synthetic)
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            print("Schede sintetiche: \(describe(report)) in \(seconds) s (totale richiesto \(synthetic)).")
        }
        if wantsCatalog {
            // Index the new cards now, so the first search after a bulk load is not the slow one.
            try ServiceSearch(pool: pool).refresh()
            print("Indice di ricerca aggiornato.")
        }
    }

    private static func describe(_ report: SeedReport) -> String {
        report.added.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    }
}
