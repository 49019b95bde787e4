import Storage

/// What the synthetic generator draws from: vocabularies, comuni per province, areas, the
/// region and the synthetic organisations, loaded once per run.
struct SyntheticWorld {
    struct Place {
        var id: Int64
        var name: String
    }

    var needs: [TaxonomyTerm]
    var targets: [String]
    var modes: [String]
    var types: [TaxonomyTerm]
    var tuir: [String]
    var payments: [String]
    /// Comuni of each province, by province territory id; provinces in code order.
    var comuniByProvince: [(province: Int64, comuni: [Place])]
    /// Areas containing at least one comune of each province.
    var areasByProvince: [Int64: [Int64]]
    var regionId: Int64

    init(db: Connection) throws {
        let taxonomy = TaxonomyReader(db: db)
        needs = try taxonomy.all(.need)
        targets = try taxonomy.all(.target).map(\.code)
        modes = try taxonomy.all(.deliveryMode).map(\.code)
        types = try taxonomy.all(.serviceType)
        tuir = try taxonomy.all(.tuirCategory).map(\.code)
        payments = try taxonomy.all(.paymentMethod).map(\.code)
        guard let region: Int64 = try db.scalar("SELECT id FROM region") else { throw SeedError.baseDataMissing }
        regionId = region
        let provinces: [Int64] = try db.query("SELECT id FROM province ORDER BY code").map { try $0.get(0) }
        comuniByProvince = try provinces.map { province in
            (province, try db.query("""
                SELECT t.id, t.name FROM comune c JOIN territory t ON t.id = c.id WHERE c.province_id = ? ORDER BY t.id
                """, province).map { Place(id: try $0.get(0), name: try $0.get(1)) })
        }
        var areas: [Int64: [Int64]] = [:]
        for row in try db.query("""
            SELECT DISTINCT c.province_id, ac.area_id FROM area_comune ac JOIN comune c ON c.id = ac.comune_id ORDER BY 1, 2
            """) {
            areas[try row.get(0), default: []].append(try row.get(1))
        }
        areasByProvince = areas
        guard !needs.isEmpty, !types.isEmpty, !comuniByProvince.isEmpty else { throw SeedError.baseDataMissing }
    }
}
