import Catalog
import Storage

/// Reads cards for a snapshot (record, reach, title words): all of them for a full build, or
/// the few a catch-up patches in. The same queries either way, so a patched snapshot holds
/// exactly what a full rebuild would.
struct SnapshotCardReader {
    private let kindIndex: [String: Int16]
    private let tuirIndex: [String: Int16]
    private let needBit: [String: UInt64]
    private let targetBit: [String: UInt64]
    private let modeBit: [String: UInt64]
    private let normalizer = TextNormalizer()

    /// Uses the taxonomies of `snapshot` (bit positions and kind indexes).
    init(snapshot: SearchSnapshot) {
        func index(_ terms: [TaxonomyTerm]) -> [String: Int16] {
            Dictionary(terms.enumerated().map { ($1.code, Int16($0)) }, uniquingKeysWith: { a, _ in a })
        }
        func bits(_ terms: [TaxonomyTerm]) -> [String: UInt64] {
            Dictionary(terms.prefix(64).enumerated().map { ($1.code, UInt64(1) << UInt64($0)) }, uniquingKeysWith: { a, _ in a })
        }
        kindIndex = index(snapshot.organizationKinds)
        tuirIndex = index(snapshot.tuirTerms)
        needBit = bits(snapshot.needTerms)
        targetBit = bits(snapshot.targetTerms)
        modeBit = bits(snapshot.modeTerms)
    }

    /// Cards in id order: those whose id is in the JSON array `idsJSON`, or all when nil.
    /// - Throws: `SQLiteError`.
    func cards(_ db: Connection, idsJSON: String?) throws -> [SnapshotCard] {
        let arguments: [any SQLBindable] = idsJSON.map { [$0] } ?? []
        func restricted(_ column: String, _ joiner: String) -> String {
            idsJSON == nil ? "" : " \(joiner) \(column) IN (SELECT value FROM json_each(?1))"
        }
        var cards: [SnapshotCard] = []
        var position: [Int64: Int] = [:]
        let services = """
            SELECT s.id, s.status, s.valid_to, s.cost_kind, s.tuir_category_code IS NOT NULL, o.kind_code,
                   max(s.updated_at, coalesce(s.last_verified_at, 0)), coalesce(s.tuir_category_code, ''),
                   \(FreshnessPolicy.referenceSQL), s.title
            FROM service s JOIN organization o ON o.id = s.organization_id\(restricted("s.id", "WHERE")) ORDER BY s.id
            """
        try db.forEachRow(services, arguments: arguments) { row in
            guard let id = row[0].searchInt else { return }
            var record = SnapshotRecord(serviceID: id)
            record.status = UInt8(ServiceStatus.allCases.firstIndex { $0.rawValue == row[1].searchText } ?? 0)
            record.validTo = SearchSnapshot.dayNumber(row[2].searchText) ?? Int32.max
            record.cost = SearchSnapshot.costIndex(CostKind(rawValue: row[3].searchText) ?? .unknown)
            record.welfare = row[4].searchInt == 1
            record.organizationKind = kindIndex[row[5].searchText] ?? -1
            record.freshness = row[6].searchInt ?? 0
            record.tuirCategory = tuirIndex[row[7].searchText] ?? -1
            record.verifiedReference = row[8].searchInt ?? 0
            let words = record.isPublished ? SpellingVocabulary.words(inTitle: row[9].searchText, normalizer: normalizer) : []
            position[id] = cards.count
            cards.append(SnapshotCard(record: record, titleWords: words))
        }
        let relations = """
            SELECT service_id, 0, need_code FROM service_need\(restricted("service_id", "WHERE"))
            UNION ALL SELECT service_id, 1, target_code FROM service_target\(restricted("service_id", "WHERE"))
            UNION ALL SELECT service_id, 2, delivery_mode_code FROM service_delivery_mode\(restricted("service_id", "WHERE"))
            """
        try db.forEachRow(relations, arguments: arguments) { row in
            guard let id = row[0].searchInt, let i = position[id] else { return }
            let code = row[2].searchText
            switch row[1].searchInt {
            case 0: cards[i].record.needs |= needBit[code] ?? 0
            case 1: cards[i].record.targets |= targetBit[code] ?? 0
            default: cards[i].record.modes |= modeBit[code] ?? 0
            }
        }
        let reach = """
            SELECT territory_id, service_id FROM service_territory\(restricted("service_id", "WHERE"))
            UNION
            SELECT l.comune_id, sl.service_id FROM service_location sl JOIN location l ON l.id = sl.location_id\(restricted("sl.service_id", "WHERE"))
            """
        try db.forEachRow(reach, arguments: arguments) { row in
            guard let territory = row[0].searchInt, let id = row[1].searchInt, let i = position[id] else { return }
            cards[i].reach.append(territory)
        }
        return cards
    }
}
