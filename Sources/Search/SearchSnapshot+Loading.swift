import Catalog
import Storage

/// Building a whole snapshot from the database (one read transaction, so it is consistent).
extension SearchSnapshot {
    /// Reads the taxonomies, territories and every card. `generation` and `structure` are
    /// the labels the caller read when the text index was caught up (see `ServiceSearch`).
    /// - Throws: `SQLiteError`.
    static func load(from db: Connection, generation: Int64, structure: Int64) throws -> SearchSnapshot {
        var s = SearchSnapshot()
        s.generation = generation
        s.structure = structure
        s.needTerms = try terms(db, table: "need")
        s.targetTerms = try terms(db, table: "target")
        s.modeTerms = try terms(db, table: "delivery_mode")
        s.organizationKinds = try terms(db, table: "organization_kind")
        s.tuirTerms = try terms(db, table: "tuir_category")
        try s.loadTerritories(db)
        for card in try SnapshotCardReader(snapshot: s).cards(db, idsJSON: nil) { s.append(card) }
        return s
    }

    static func terms(_ db: Connection, table: String) throws -> [TaxonomyTerm] {
        try db.query("SELECT code, label, description, sort_order FROM \(table) ORDER BY sort_order, code").map {
            TaxonomyTerm(code: $0[0].searchText, label: $0[1].searchText, description: $0[2].searchText,
                         sortOrder: Int($0[3].searchInt ?? 0))
        }
    }

    mutating func loadTerritories(_ db: Connection) throws {
        try db.forEachRow("SELECT id, kind, code, name, slug FROM territory", arguments: []) { row in
            guard let id = row[0].searchInt, let kind = TerritoryKind(rawValue: row[1].searchText) else { return }
            territories[id] = TerritoryRef(id: id, kind: kind, code: row[2].searchText,
                                           name: row[3].searchText, slug: row[4].searchText)
        }
        try db.forEachRow("SELECT comune_id, territory_id, proximity FROM comune_container", arguments: []) { row in
            guard let comune = row[0].searchInt, let container = row[1].searchInt,
                  let level = row[2].searchInt else { return }
            containers[comune, default: []].append((container, UInt8(clamping: level)))
            if level > 0 { members[container, default: []].append(comune) }
        }
    }

    static func costIndex(_ kind: CostKind) -> UInt8 {
        UInt8(CostKind.allCases.firstIndex(of: kind) ?? 0)
    }

    /// "2025-12-31" → 20251231.
    static func dayNumber(_ iso: String) -> Int32? {
        guard let day = CalendarDay(iso: iso) else { return nil }
        return Int32(day.year * 10_000 + day.month * 100 + day.day)
    }
}

extension SQLValue {
    /// The integer, or nil for other types.
    var searchInt: Int64? {
        if case .integer(let v) = self { return v }
        return nil
    }

    /// The text, or "" for other types.
    var searchText: String {
        if case .text(let v) = self { return v }
        return ""
    }

    /// The real number (integers converted), or nil.
    var searchDouble: Double? {
        switch self {
        case .real(let v): return v
        case .integer(let v): return Double(v)
        default: return nil
        }
    }
}
