import Storage

/// Reads the observatory's aggregates (`search_stat`, `search_term_stat`) and the supply they
/// are compared with (published cards per need and territory).
public struct ObservatoryRepository: Sendable {
    private let pool: DatabasePool

    public init(pool: DatabasePool) { self.pool = pool }

    /// Every search recorded so far (each search once).
    public func recordedSearches() throws -> Int {
        try pool.read { db in try db.scalar("SELECT coalesce(sum(searches), 0) FROM search_stat WHERE first_need = 1") ?? 0 }
    }

    /// The provinces, for the territory filter.
    public func provinces() throws -> [Province] { try TerritoryRepository(pool: pool).provinces() }

    /// The report for `filter`; `wordLimit` most-searched words without results (0 for none).
    /// - Throws: `SQLiteError`.
    public func report(_ filter: ObservatoryFilter, wordLimit: Int = 0) throws -> ObservatoryReport {
        try pool.read { db in
            var report = ObservatoryReport()
            let (unitSQL, unitArgs) = Self.units(filter)
            var needTotals: [String: (Int, Int)] = [:]
            var unitTotals: [Int64: (Int, Int)] = [:]
            var cells: [String: ObservatoryReport.Cell] = [:]
            for row in try db.query("""
                WITH unit(territory_id, unit_id) AS (\(unitSQL))
                SELECT s.need_code, u.unit_id, s.first_need, sum(s.searches),
                       sum(CASE WHEN s.result_bucket = 0 THEN s.searches ELSE 0 END)
                FROM search_stat s JOIN unit u ON u.territory_id = s.territory_id
                WHERE s.day BETWEEN ? AND ? GROUP BY 1, 2, 3
                """, arguments: unitArgs + [filter.from, filter.to]) {
                let need: String = try row.get(0), unit: Int64 = try row.get(1), first: Bool = try row.get(2)
                let searches: Int = try row.get(3), zero: Int = try row.get(4)
                if !need.isEmpty {
                    needTotals[need, default: (0, 0)].0 += searches
                    needTotals[need, default: (0, 0)].1 += zero
                    cells["\(need)|\(unit)", default: .init(needCode: need, unitId: unit, searches: 0, zeroResults: 0, cards: 0)]
                        .searches += searches
                    cells["\(need)|\(unit)"]?.zeroResults += zero
                }
                if first {
                    unitTotals[unit, default: (0, 0)].0 += searches
                    unitTotals[unit, default: (0, 0)].1 += zero
                    report.totalSearches += searches
                    report.totalZeroResults += zero
                }
            }
            for (key, cards) in try supply(filter, in: db) {
                cells[key, default: .init(needCode: String(key.prefix { $0 != "|" }),
                                          unitId: Int64(key.split(separator: "|").last ?? "") ?? 0,
                                          searches: 0, zeroResults: 0, cards: 0)].cards = cards
            }
            let labels = Dictionary(try db.query("SELECT code, label FROM need").map { (try $0.get(0) as String, try $0.get(1) as String) },
                                    uniquingKeysWith: { a, _ in a })
            report.needs = needTotals.map { .init(code: $0.key, label: labels[$0.key] ?? $0.key, searches: $0.value.0, zeroResults: $0.value.1) }
                .sorted { ($0.searches, $1.label) > ($1.searches, $0.label) }
            let names = try unitNames(Set(unitTotals.keys).union(cells.values.map(\.unitId)), filter: filter, in: db)
            report.needLabels = labels
            report.unitNames = names
            report.units = unitTotals.map { .init(id: $0.key, name: names[$0.key] ?? "?", searches: $0.value.0, zeroResults: $0.value.1) }
                .sorted { ($0.searches, $1.name) > ($1.searches, $0.name) }
            report.cells = cells.values.filter { labels[$0.needCode] != nil }
                .sorted { ($0.needCode, $0.unitId) < ($1.needCode, $1.unitId) }
            report.timeline = try timeline(filter, unitSQL: unitSQL, unitArgs: unitArgs, in: db)
            if wordLimit > 0 {
                report.wordsWithoutResults = try db.query("""
                    SELECT term, sum(searches), sum(zero_results) FROM search_term_stat WHERE day BETWEEN ? AND ?
                    GROUP BY term HAVING sum(zero_results) > 0 ORDER BY 3 DESC, 2 DESC, 1 LIMIT ?
                    """, filter.from, filter.to, wordLimit).map {
                    .init(term: try $0.get(0), searches: try $0.get(1), zeroResults: try $0.get(2))
                }
            }
            return report
        }
    }

    /// Names of the units: provinces, or (inside a province) comuni, areas and the province.
    func unitNames(_ ids: Set<Int64>, filter: ObservatoryFilter, in db: Connection) throws -> [Int64: String] {
        var names: [Int64: String] = [0: "Nessun territorio indicato"]
        for row in try db.query("SELECT id, kind, name FROM territory WHERE id IN (SELECT value FROM json_each(?))",
                                "[" + ids.map(String.init).joined(separator: ",") + "]") {
            let id: Int64 = try row.get(0), kind: String = try row.get(1), name: String = try row.get(2)
            names[id] = kind == "province" && filter.provinceId != nil ? "\(name) (tutta la provincia)" : name
        }
        return names
    }

    /// `territory_id → unit_id` for searches: every territory maps to its province(s); inside a
    /// province filter comuni and areas are their own units and other provinces drop out.
    static func units(_ filter: ObservatoryFilter) -> (String, [any SQLBindable]) {
        guard let province = filter.provinceId else {
            return ("""
                SELECT id, id FROM province UNION SELECT id, province_id FROM comune
                UNION SELECT ac.area_id, c.province_id FROM area_comune ac JOIN comune c ON c.id = ac.comune_id
                UNION SELECT 0, 0
                """, [])
        }
        return ("""
            SELECT id, id FROM province WHERE id = ? UNION SELECT id, id FROM comune WHERE province_id = ?
            UNION SELECT ac.area_id, ac.area_id FROM area_comune ac JOIN comune c ON c.id = ac.comune_id WHERE c.province_id = ?
            """, [province, province, province])
    }

    /// Published cards per "need|unit" that serve the unit.
    func supply(_ filter: ObservatoryFilter, in db: Connection) throws -> [String: Int] {
        let sql: String
        var args: [any SQLBindable] = []
        if let province = filter.provinceId {
            sql = """
                SELECT sn.need_code, cc.comune_id, count(DISTINCT s.id)
                FROM service s JOIN service_need sn ON sn.service_id = s.id
                JOIN service_territory st ON st.service_id = s.id
                JOIN comune_container cc ON cc.territory_id = st.territory_id
                JOIN comune c ON c.id = cc.comune_id AND c.province_id = ?
                WHERE s.status = 'published' GROUP BY 1, 2
                """
            args = [province]
        } else {
            sql = """
                WITH tp(territory_id, province_id) AS (
                    SELECT id, id FROM province UNION SELECT id, province_id FROM comune
                    UNION SELECT ac.area_id, c.province_id FROM area_comune ac JOIN comune c ON c.id = ac.comune_id
                    UNION SELECT region_id, id FROM province)
                SELECT sn.need_code, tp.province_id, count(DISTINCT s.id)
                FROM service s JOIN service_need sn ON sn.service_id = s.id
                JOIN service_territory st ON st.service_id = s.id
                JOIN tp ON tp.territory_id = st.territory_id
                WHERE s.status = 'published' GROUP BY 1, 2
                """
        }
        var out: [String: Int] = [:]
        for row in try db.query(sql, arguments: args) {
            out["\(try row.get(0) as String)|\(try row.get(1) as Int64)"] = try row.get(2)
        }
        return out
    }

    func timeline(_ filter: ObservatoryFilter, unitSQL: String, unitArgs: [any SQLBindable],
                  in db: Connection) throws -> [ObservatoryReport.PeriodRow] {
        try db.query("""
            WITH unit(territory_id, unit_id) AS (\(unitSQL))
            SELECT substr(s.day, 1, ?), sum(s.searches), sum(CASE WHEN s.result_bucket = 0 THEN s.searches ELSE 0 END)
            FROM search_stat s WHERE s.first_need = 1 AND s.day BETWEEN ? AND ?
              AND s.territory_id IN (SELECT territory_id FROM unit)
            GROUP BY 1 ORDER BY 1
            """, arguments: unitArgs + [filter.isDaily ? 10 : 7, filter.from, filter.to]).map {
            .init(period: try $0.get(0), searches: try $0.get(1), zeroResults: try $0.get(2))
        }
    }
}
