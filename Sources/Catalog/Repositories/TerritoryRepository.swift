import Storage

/// The region, provinces, custom areas and comuni. Read-only: areas are written through
/// `AreaEditor` (admins) or by the seeders.
public struct TerritoryRepository: Sendable {
    let pool: DatabasePool

    /// A repository over `pool`.
    public init(pool: DatabasePool) {
        self.pool = pool
    }

    /// The region.
    /// - Throws: `CatalogError.notFound` before seeding, `SQLiteError`.
    func region() throws -> Region {
        try pool.read { db in
            guard let row = try db.queryOne("SELECT t.id, r.istat_code, t.name, t.slug FROM region r JOIN territory t ON t.id = r.id")
            else { throw CatalogError.notFound }
            return Region(id: try row.get("id"), istatCode: try row.get("istat_code"), name: try row.get("name"),
                          slug: try row.get("slug"))
        }
    }

    /// The provinces, by name.
    public func provinces() throws -> [Province] {
        try pool.read { db in
            try db.query("""
                SELECT t.id, p.code, p.istat_code, t.name, t.slug, p.is_metropolitan_city
                FROM province p JOIN territory t ON t.id = p.id ORDER BY t.name
                """).map { row in
                Province(id: try row.get("id"), code: try row.get("code"), istatCode: try row.get("istat_code"),
                         name: try row.get("name"), slug: try row.get("slug"),
                         isMetropolitanCity: try row.get("is_metropolitan_city"))
            }
        }
    }

    /// The comune with URL slug `slug` (e.g. "mondovi").
    /// - Throws: `CatalogError.notFound`, `SQLiteError`.
    public func comune(slug: String) throws -> Comune { try comune(where: "t.slug = ?", slug) }

    /// The comune with six-digit ISTAT code `istatCode`.
    /// - Throws: `CatalogError.notFound`, `SQLiteError`.
    public func comune(istatCode: String) throws -> Comune { try comune(where: "t.code = ?", istatCode) }

    /// The comune with row id `id`.
    /// - Throws: `CatalogError.notFound`, `SQLiteError`.
    func comune(id: Int64) throws -> Comune { try comune(where: "c.id = ?", id) }

    private func comune(where condition: String, _ key: any SQLBindable) throws -> Comune {
        try pool.read { db in
            guard let comune = try TerritoryReader(db: db).comune(where: condition, key) else { throw CatalogError.notFound }
            return comune
        }
    }

    /// The comuni of province `provinceId`, by name.
    public func comuni(inProvince provinceId: Int64) throws -> [Comune] {
        try pool.read { try TerritoryReader(db: $0).comuni(where: "c.province_id = ?", [provinceId]) }
    }

    /// The member comuni of area `areaId`, by name.
    public func comuni(inArea areaId: Int64) throws -> [Comune] {
        try pool.read {
            try TerritoryReader(db: $0).comuni(where: "c.id IN (SELECT comune_id FROM area_comune WHERE area_id = ?)", [areaId])
        }
    }

    /// Every custom area, by name, with its member ids.
    public func areas() throws -> [Area] {
        try pool.read { db in try AreaReader(db: db).areas(where: "1", []) }
    }

    /// The area with URL slug `slug`.
    /// - Throws: `CatalogError.notFound`, `SQLiteError`.
    public func area(slug: String) throws -> Area {
        guard let area = try pool.read({ try AreaReader(db: $0).areas(where: "t.slug = ?", [slug]).first }) else {
            throw CatalogError.notFound
        }
        return area
    }

    /// The areas comune `comuneId` belongs to, by name.
    public func areas(containing comuneId: Int64) throws -> [Area] {
        try pool.read { try AreaReader(db: $0).areas(where: "a.id IN (SELECT area_id FROM area_comune WHERE comune_id = ?)", [comuneId]) }
    }

    /// Every territory containing comune `comuneId`, nearest first: the comune, its areas, its
    /// province, the region (the `comune_container` view).
    public func containers(ofComune comuneId: Int64) throws -> [TerritoryRef] {
        try pool.read { db in
            try db.query("""
                SELECT t.id, t.kind, t.code, t.name, t.slug FROM comune_container cc JOIN territory t ON t.id = cc.territory_id
                WHERE cc.comune_id = ? ORDER BY cc.proximity, t.name
                """, comuneId).map(TerritoryReader.ref(from:))
        }
    }

    /// Any territory by row id.
    /// - Throws: `CatalogError.notFound`, `SQLiteError`.
    public func territory(id: Int64) throws -> TerritoryRef {
        guard let ref = try pool.read({ try TerritoryReader(db: $0).ref(id: id) }) else { throw CatalogError.notFound }
        return ref
    }

    /// A territory of `kind` by URL slug.
    /// - Throws: `CatalogError.notFound`, `SQLiteError`.
    func territory(kind: TerritoryKind, slug: String) throws -> TerritoryRef {
        guard let ref = try pool.read({ try TerritoryReader(db: $0).ref(kind: kind, slug: slug) }) else {
            throw CatalogError.notFound
        }
        return ref
    }
}
