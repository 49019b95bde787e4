import Catalog
import Foundation
import Storage

/// Loads what a result list shows for one page of results (at most 100 services).
struct SearchHitLoader {
    let snapshot: SearchSnapshot

    /// Hits for `page` (docs with their proximity), in the given order. `expansion` is the
    /// searched territory's expansion (empty when no territory was searched).
    func hits(for page: [(doc: Int32, proximity: UInt8)], expansion: [Int64: UInt8],
              db: Connection) throws -> [SearchHit] {
        let ids = page.map { snapshot.records[Int($0.doc)].serviceID }
        guard !ids.isEmpty else { return [] }
        // One bound JSON array, so the SQL text (and its cached statement) is the same for every page.
        let idsJSON = "[" + ids.map(String.init).joined(separator: ",") + "]"
        var places: [Int64: [(comune: Int64, name: String)]] = [:]
        try db.forEachRow("""
            SELECT sl.service_id, l.comune_id, t.name FROM service_location sl
            JOIN location l ON l.id = sl.location_id JOIN territory t ON t.id = l.comune_id
            WHERE sl.service_id IN (SELECT value FROM json_each(?)) ORDER BY sl.service_id, sl.sort_order
            """, arguments: [idsJSON]) { row in
            guard let id = row[0].searchInt, let comune = row[1].searchInt else { return }
            places[id, default: []].append((comune, row[2].searchText))
        }
        var served: [Int64: [Int64]] = [:]
        try db.forEachRow("SELECT service_id, territory_id FROM service_territory WHERE service_id IN (SELECT value FROM json_each(?))",
                          arguments: [idsJSON]) { row in
            guard let id = row[0].searchInt, let territory = row[1].searchInt else { return }
            served[id, default: []].append(territory)
        }
        var byID: [Int64: SearchHit] = [:]
        try db.forEachRow("""
            SELECT s.id, s.slug, s.title, s.summary, o.name, o.slug, s.status, s.cost_kind,
                   s.tuir_category_code IS NOT NULL, s.updated_at, s.last_verified_at, s.is_demo
            FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.id IN (SELECT value FROM json_each(?))
            """, arguments: [idsJSON]) { row in
            guard let id = row[0].searchInt, let doc = snapshot.doc(forServiceID: id) else { return }
            let territories = (places[id] ?? []).map(\.comune) + (served[id] ?? [])
            let (where_, level) = bestTerritory(territories, expansion: expansion)
            byID[id] = SearchHit(
                id: id, slug: row[1].searchText, title: row[2].searchText, summary: row[3].searchText,
                organizationName: row[4].searchText, organizationSlug: row[5].searchText,
                needs: Self.terms(snapshot.records[Int(doc)].needs, snapshot.needTerms),
                deliveryModes: Self.terms(snapshot.records[Int(doc)].modes, snapshot.modeTerms),
                placeNames: (places[id] ?? []).map(\.name), servedTerritory: where_, proximity: level,
                status: ServiceStatus(rawValue: row[6].searchText) ?? .draft,
                costKind: CostKind(rawValue: row[7].searchText) ?? .unknown,
                welfareEligible: row[8].searchInt == 1,
                updatedAt: Date(timeIntervalSince1970: Double(row[9].searchInt ?? 0)),
                lastVerifiedAt: row[10].searchInt.map { Date(timeIntervalSince1970: Double($0)) },
                isDemo: row[11].searchInt == 1)
        }
        return ids.compactMap { byID[$0] }
    }

    /// The territory through which a service answers the search (lowest proximity), or, with
    /// no territory searched, its most local one.
    func bestTerritory(_ ids: [Int64], expansion: [Int64: UInt8]) -> (TerritoryRef?, TerritoryKind?) {
        if expansion.isEmpty {
            let refs = ids.compactMap { snapshot.territories[$0] }
            return (refs.min { $0.kind.proximity < $1.kind.proximity }, nil)
        }
        var best: (id: Int64, level: UInt8)?
        for id in ids {
            guard let level = expansion[id] else { continue }
            if let current = best, current.level <= level { continue }
            best = (id, level)
        }
        guard let best, let ref = snapshot.territories[best.id] else { return (nil, nil) }
        let kind = TerritoryKind.allCases.first { $0.proximity == Int(best.level) }
        return (ref, kind)
    }

    static func terms(_ bits: UInt64, _ all: [TaxonomyTerm]) -> [TaxonomyTerm] {
        all.prefix(64).enumerated().filter { bits & (1 << UInt64($0.offset)) != 0 }.map(\.element)
    }
}
