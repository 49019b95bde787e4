import Foundation
@testable import Catalog
@testable import Storage
import TestSupport

/// A fixture card, inserted with plain SQL (the search must not depend on a repository).
struct FixtureCard {
    var key: String
    var title: String
    var summary = ""
    var organization = "sole"
    var type = "assistenza"
    var needs: [String] = []
    var targets: [String] = []
    var modes: [String] = []
    var cost = "unknown"
    var welfare = false
    var status = "published"
    var validTo: String?
    var updatedAt: Int64 = 1_700_000_000
    /// ISTAT codes of delivery comuni.
    var locations: [String] = []
    /// Served territories: ISTAT codes, province codes, "region" or area codes.
    var served: [String] = []
}

extension SearchFixture {
    func add(_ cards: [FixtureCard]) throws {
        try pool.write { db in
            for card in cards { try insert(card, db) }
        }
    }

    func insert(_ card: FixtureCard, _ db: Connection) throws {
        try db.run("""
            INSERT INTO service (uuid, slug, organization_id, title, summary, service_type_code, cost_kind,
                tuir_category_code, status, archive_reason, valid_to, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, UUID().uuidString.lowercased(), card.key, organizationID(card.organization), card.title, card.summary,
            card.type,
            card.cost, card.welfare ? "assistenza_familiari" : nil, card.status,
            card.status == "archived" ? "Progetto concluso" : nil, card.validTo, card.updatedAt, card.updatedAt)
        let id = db.lastInsertRowID
        serviceIDs.withLock { $0[card.key] = id }
        for need in card.needs { try db.run("INSERT INTO service_need VALUES (?, ?)", id, need) }
        for target in card.targets { try db.run("INSERT INTO service_target VALUES (?, ?)", id, target) }
        for mode in card.modes { try db.run("INSERT INTO service_delivery_mode VALUES (?, ?)", id, mode) }
        for istat in card.locations {
            try db.run("INSERT INTO location (comune_id, address) VALUES (?, 'Via Roma 1')", self.id(istat))
            try db.run("INSERT INTO service_location (service_id, location_id) VALUES (?, ?)", id, db.lastInsertRowID)
        }
        for territory in card.served {
            try db.run("INSERT INTO service_territory VALUES (?, ?)", id, self.id(territory))
        }
    }

    /// The standard cards most tests use.
    func addStandardCards() throws {
        try add([
            FixtureCard(key: "domiciliare-mondovi", title: "Assistenza domiciliare per anziani",
                        summary: "Aiuto a casa per le persone anziani e i loro familiari.", needs: ["anziani"],
                        targets: ["anziani"], modes: ["domicilio"], cost: "paid", welfare: true, locations: ["004130"]),
            FixtureCard(key: "sportello-famiglie-cn", title: "Sportello famiglie", summary: "Informazioni per le famiglie.",
                        organization: "mondovi", type: "sportello", needs: ["famiglia"], targets: ["famiglie"], modes: ["sportello"],
                        cost: "free", updatedAt: 1_710_000_000, served: ["CN"]),
            FixtureCard(key: "telefono-anziani", title: "Telefono amico", summary: "Ascolto telefonico per anziani soli.",
                        organization: "aiuto", needs: ["anziani"], targets: ["anziani"], modes: ["telefono"],
                        cost: "free", updatedAt: 1_720_000_000, served: ["region"]),
            FixtureCard(key: "centro-diurno", title: "Centro diurno disabili", summary: "Attività per persone con disabilità.",
                        type: "sportello",
                        needs: ["disabilita"], targets: ["disabili"], modes: ["sportello"], cost: "contribution",
                        served: ["dist-mondovi"]),
            FixtureCard(key: "archiviato", title: "Vecchio servizio anziani", needs: ["anziani"], status: "archived",
                        served: ["region"]),
            FixtureCard(key: "bozza", title: "Bozza anziani", needs: ["anziani"], status: "draft", served: ["region"]),
            FixtureCard(key: "aiuto-torino", title: "Aiuto all'anziano solo", summary: "Compagnia e spesa.",
                        organization: "aiuto", needs: ["anziani"], modes: ["domicilio"], cost: "free", served: ["001272"]),
            FixtureCard(key: "scaduto", title: "Screening salute anziani", needs: ["salute"], validTo: "2020-01-01",
                        served: ["region"]),
        ])
    }

    private func organizationID(_ key: String) -> Int64 { organizationIDs[key] ?? 0 }
}
