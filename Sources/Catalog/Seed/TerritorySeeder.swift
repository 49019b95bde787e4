import Storage

/// Writes the region, the 8 provinces and the 1,180 comuni (with postal codes) from the bundled
/// ISTAT file. Idempotent: existing rows are matched by code and left alone when unchanged.
struct TerritorySeeder {
    static let regionCode = "01"
    static let regionName = "Piemonte"

    /// Returns how many comuni were added.
    func seed(_ records: [ComuneRecord], in db: Connection) throws -> Int {
        let regionId = try upsertTerritory(.region, code: Self.regionCode, name: Self.regionName, in: db)
        try db.run("INSERT INTO region (id, istat_code) VALUES (?, ?) ON CONFLICT (id) DO NOTHING", regionId, Self.regionCode)
        var provinceIds: [String: Int64] = [:]
        for record in records where provinceIds[record.provinceCode] == nil {
            let id = try upsertTerritory(.province, code: record.provinceCode, name: record.provinceName, in: db)
            try db.run("""
                INSERT INTO province (id, code, istat_code, region_id, is_metropolitan_city) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING
                """, id, record.provinceCode, record.provinceIstatCode, regionId, record.provinceCode == "TO")
            provinceIds[record.provinceCode] = id
        }
        var added = 0
        for record in records {
            guard let provinceId = provinceIds[record.provinceCode] else { continue }
            let existed = try db.queryOne("SELECT 1 FROM comune WHERE istat_code = ?", record.istatCode) != nil
            let id = try upsertTerritory(.comune, code: record.istatCode, name: record.name, in: db)
            try db.run("""
                INSERT INTO comune (id, istat_code, province_id, cadastral_code, nuts3, is_capoluogo) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING
                """, id, record.istatCode, provinceId, record.cadastralCode, record.nuts3, record.isCapoluogo)
            for cap in record.postalCodes {
                try db.run("INSERT OR IGNORE INTO comune_postal_code (comune_id, postal_code) VALUES (?, ?)", id, cap)
            }
            if !existed { added += 1 }
        }
        return added
    }

    /// The id of the territory (`kind`, `code`), inserting it or correcting its name if needed.
    func upsertTerritory(_ kind: TerritoryKind, code: String, name: String, in db: Connection) throws -> Int64 {
        let slug = Slug.make(name)
        if let row = try db.queryOne("SELECT id, name, slug FROM territory WHERE kind = ? AND code = ?", kind.rawValue, code) {
            let id: Int64 = try row.get("id")
            if try row.get("name", as: String.self) != name || row.get("slug", as: String.self) != slug {
                try db.run("UPDATE territory SET name = ?, slug = ? WHERE id = ?", name, slug, id)
            }
            return id
        }
        try db.run("INSERT INTO territory (kind, code, name, slug) VALUES (?, ?, ?, ?)", kind.rawValue, code, name, slug)
        return db.lastInsertRowID
    }
}
