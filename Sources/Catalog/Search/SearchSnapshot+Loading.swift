import Storage

/// Building a snapshot from the database (one read transaction, so it is consistent).
extension SearchSnapshot {
    /// Reads the generation, taxonomies, territories, services and their relations.
    /// - Throws: `SQLiteError`.
    static func load(from db: Connection) throws -> SearchSnapshot {
        var s = SearchSnapshot()
        s.generation = try db.scalar("SELECT generation FROM search_state WHERE id = 1", as: Int64.self) ?? 0
        s.needTerms = try terms(db, table: "need")
        s.targetTerms = try terms(db, table: "target")
        s.modeTerms = try terms(db, table: "delivery_mode")
        s.organizationKinds = try terms(db, table: "organization_kind")
        s.tuirTerms = try terms(db, table: "tuir_category")
        try s.loadTerritories(db)
        try s.loadServices(db)
        try s.loadRelations(db)
        try s.loadReach(db)
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

    mutating func loadServices(_ db: Connection) throws {
        let kindIndex = Dictionary(organizationKinds.enumerated().map { ($1.code, Int16($0)) }, uniquingKeysWith: { a, _ in a })
        let tuirIndex = Dictionary(tuirTerms.enumerated().map { ($1.code, Int16($0)) }, uniquingKeysWith: { a, _ in a })
        let sql = """
            SELECT s.id, s.status, s.valid_to, s.cost_kind, s.tuir_category_code IS NOT NULL, o.kind_code,
                   max(s.updated_at, coalesce(s.last_verified_at, 0)), coalesce(s.tuir_category_code, ''),
                   \(FreshnessPolicy.referenceSQL)
            FROM service s JOIN organization o ON o.id = s.organization_id ORDER BY s.id
            """
        try db.forEachRow(sql, arguments: []) { row in
            guard let id = row[0].searchInt else { return }
            serviceIDs.append(id)
            status.append(UInt8(ServiceStatus.allCases.firstIndex { $0.rawValue == row[1].searchText } ?? 0))
            validTo.append(Self.dayNumber(row[2].searchText) ?? Int32.max)
            cost.append(Self.costIndex(CostKind(rawValue: row[3].searchText) ?? .unknown))
            welfare.append(row[4].searchInt == 1)
            organizationKind.append(kindIndex[row[5].searchText] ?? -1)
            freshness.append(row[6].searchInt ?? 0)
            tuirCategory.append(tuirIndex[row[7].searchText] ?? -1)
            verifiedReference.append(row[8].searchInt ?? 0)
        }
        indexServiceIDs()
    }

    static func costIndex(_ kind: CostKind) -> UInt8 {
        UInt8(CostKind.allCases.firstIndex(of: kind) ?? 0)
    }

    mutating func loadRelations(_ db: Connection) throws {
        needs = try bits(db, "SELECT service_id, need_code FROM service_need", terms: needTerms)
        targets = try bits(db, "SELECT service_id, target_code FROM service_target", terms: targetTerms)
        modes = try bits(db, "SELECT service_id, delivery_mode_code FROM service_delivery_mode", terms: modeTerms)
    }

    func bits(_ db: Connection, _ sql: String, terms: [TaxonomyTerm]) throws -> [UInt64] {
        let bit = Dictionary(terms.prefix(64).enumerated().map { ($1.code, UInt64(1) << UInt64($0)) },
                             uniquingKeysWith: { a, _ in a })
        var result = [UInt64](repeating: 0, count: count)
        try db.forEachRow(sql, arguments: []) { row in
            guard let id = row[0].searchInt, let doc = doc(forServiceID: id), let b = bit[row[1].searchText] else { return }
            result[Int(doc)] |= b
        }
        return result
    }

    /// Served territories and the comuni of delivery locations, by territory.
    mutating func loadReach(_ db: Connection) throws {
        let sql = """
            SELECT territory_id, service_id FROM service_territory
            UNION
            SELECT l.comune_id, sl.service_id FROM service_location sl JOIN location l ON l.id = sl.location_id
            """
        try db.forEachRow(sql, arguments: []) { row in
            guard let territory = row[0].searchInt, let id = row[1].searchInt, let doc = doc(forServiceID: id) else { return }
            reach[territory, default: []].append(doc)
        }
        for key in reach.keys { reach[key]?.sort() }
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
