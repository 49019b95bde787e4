@testable import Catalog
import Foundation
@testable import Search
@testable import Storage
import TestSupport

/// A temporary catalog for search tests: the real migrations, the real 1,180 Piedmont comuni
/// (from Sources/Catalog/Resources), one custom area, small taxonomies and a few cards.
///
/// Migrating and seeding the comuni cost far more than copying a file, so they happen once per
/// test process, into `template`; every fixture starts as a file copy of it (`DatabaseTemplate`)
/// and adds its own cards, so tests stay isolated: each writes only to its own copy.
// @unchecked Sendable: `territory` and `organizationIDs` are written only while the fixture is
// built (its initialisers and the seeding they run), before any other thread can see it, and only
// read afterwards; `service`, which `add` writes while other tasks may search, is `serviceIDs`,
// under its own lock (`Locked`).
final class SearchFixture: @unchecked Sendable {
    let directory: TemporaryDirectory
    let pool: DatabasePool
    let search: ServiceSearch
    private(set) var territory: [String: Int64] = [:]   // ISTAT code, province code, "region", area code → id
    private(set) var organizationIDs: [String: Int64] = [:]
    let serviceIDs = Locked<[String: Int64]>([:])
    /// Fixture key → service id.
    var service: [String: Int64] { serviceIDs.current }

    /// The migrated, seeded database every fixture copies; built on first use (a `static let`
    /// is initialised once, thread-safely) and never written afterwards.
    private static let template = Result { () throws -> (fixture: SearchFixture, file: DatabaseTemplate) in
        let fixture = try SearchFixture(seeding: ())
        return (fixture, try DatabaseTemplate(finishing: fixture.pool))
    }

    /// Fixtures are scratch databases: `synchronous=OFF` (see `TestDatabase.unsynced`), two readers.
    static let configuration = DatabaseConfiguration(readerCount: 2, synchronous: "OFF")

    init(today: CalendarDay? = CalendarDay(iso: "2025-06-01")) throws {
        let (template, file) = try Self.template.get()
        directory = try TemporaryDirectory()
        do {
            try file.copy(to: directory.path + "/search.sqlite")
            pool = try DatabasePool(path: directory.path + "/search.sqlite", configuration: Self.configuration)
        } catch {
            directory.remove()
            throw error
        }
        search = ServiceSearch(pool: pool, today: { today })
        territory = template.territory
        organizationIDs = template.organizationIDs
    }

    /// Builds the template: migrations, territories, taxonomies, organizations; no cards.
    private init(seeding: Void) throws {
        directory = try TemporaryDirectory(prefix: "vetrina-search-template")
        pool = try DatabasePool(path: directory.path + "/search.sqlite", configuration: Self.configuration)
        _ = try Migrator(directory: TestDatabase.migrations).migrate(pool)
        search = ServiceSearch(pool: pool, today: { nil })
        try pool.write { db in
            try seedTerritories(db)
            try seedTaxonomies(db)
            try seedOrganizations(db)
        }
    }

    deinit {
        pool.close()
        directory.remove()
    }

    func id(_ istatOrCode: String) -> Int64 { territory[istatOrCode] ?? -1 }

    private func seedTerritories(_ db: Connection) throws {
        try db.run("INSERT INTO territory (kind, code, name, slug) VALUES ('region', '01', 'Piemonte', 'piemonte')")
        territory["region"] = db.lastInsertRowID
        try db.run("INSERT INTO region (id, istat_code) VALUES (?, '01')", db.lastInsertRowID)
        let csvURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Catalog/Resources/piemonte-comuni.csv")
        let lines = try String(contentsOf: csvURL, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        for line in lines {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 9 else { continue }
            if territory[f[2]] == nil {
                try db.run("INSERT INTO territory (kind, code, name, slug) VALUES ('province', ?, ?, ?)",
                           f[2], f[3], f[3].lowercased().replacingOccurrences(of: "-", with: ""))
                territory[f[2]] = db.lastInsertRowID
                try db.run("INSERT INTO province (id, code, istat_code, region_id) VALUES (?, ?, ?, ?)",
                           db.lastInsertRowID, f[2], f[4], territory["region"] ?? 0)
            }
            try db.run("INSERT INTO territory (kind, code, name, slug) VALUES ('comune', ?, ?, ?)", f[0], f[1], "c-" + f[0])
            territory[f[0]] = db.lastInsertRowID
            try db.run("INSERT INTO comune (id, istat_code, province_id, cadastral_code, nuts3, is_capoluogo) VALUES (?, ?, ?, ?, ?, ?)",
                       db.lastInsertRowID, f[0], territory[f[2]] ?? 0, f[6], f[7], Int(f[5]) ?? 0)
            for cap in f[8].split(separator: " ") {
                try db.run("INSERT INTO comune_postal_code (comune_id, postal_code) VALUES (?, ?)", db.lastInsertRowID, String(cap))
            }
        }
        // Distretto Mondovì: Mondovì + Vicoforte.
        try db.run("INSERT INTO territory (kind, code, name, slug) VALUES ('area', 'dist-mondovi', 'Distretto di Mondovì', 'distretto-mondovi')")
        territory["dist-mondovi"] = db.lastInsertRowID
        try db.run("INSERT INTO area (id, area_kind) VALUES (?, 'distretto_socio_assistenziale')", db.lastInsertRowID)
        for istat in ["004130", "004242"] {
            try db.run("INSERT INTO area_comune (area_id, comune_id) VALUES (?, ?)", territory["dist-mondovi"] ?? 0, territory[istat] ?? 0)
        }
    }

    private func seedTaxonomies(_ db: Connection) throws {
        let rows: [(String, [(String, String)])] = [
            ("need", [("anziani", "Cura e assistenza anziani"), ("famiglia", "Figli e famiglia"),
                      ("disabilita", "Disabilità e non autosufficienza"), ("salute", "Salute e prevenzione")]),
            ("target", [("anziani", "Persone anziane"), ("famiglie", "Famiglie"), ("disabili", "Persone con disabilità")]),
            ("delivery_mode", [("domicilio", "A domicilio"), ("sportello", "Allo sportello"), ("telefono", "Al telefono"), ("online", "Online")]),
            ("organization_kind", [("cooperativa_sociale", "Cooperativa sociale"), ("ente_pubblico", "Ente pubblico"), ("associazione", "Associazione")]),
            ("service_type", [("assistenza", "Assistenza"), ("sportello", "Sportello informativo")]),
            ("tuir_category", [("assistenza_familiari", "Assistenza a familiari anziani o non autosufficienti")]),
        ]
        for (table, terms) in rows {
            for (index, term) in terms.enumerated() {
                try db.run("INSERT INTO \(table) (code, label, sort_order) VALUES (?, ?, ?)", term.0, term.1, index)
            }
        }
    }

    private func seedOrganizations(_ db: Connection) throws {
        for (key, name, kind) in [("sole", "Cooperativa Sociale Il Sole", "cooperativa_sociale"),
                                  ("mondovi", "Comune di Mondovì", "ente_pubblico"),
                                  ("aiuto", "Associazione Aiuto", "associazione")] {
            try db.run("""
                INSERT INTO organization (uuid, slug, name, kind_code, created_at, updated_at)
                VALUES (?, ?, ?, ?, 0, 0)
                """, UUID().uuidString.lowercased(), "org-" + key, name, kind)
            organizationIDs[key] = db.lastInsertRowID
        }
    }
}
