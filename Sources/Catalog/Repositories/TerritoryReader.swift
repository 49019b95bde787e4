import Storage

/// Reads territories on a caller's connection.
struct TerritoryReader {
    let db: Connection

    static let comuneSelect = """
        SELECT t.id, t.code, t.name, t.slug, c.province_id, p.code AS province_code, c.cadastral_code, c.nuts3,
               c.is_capoluogo, (SELECT group_concat(postal_code, ' ') FROM
                   (SELECT postal_code FROM comune_postal_code WHERE comune_id = c.id ORDER BY postal_code)) AS caps
        FROM comune c JOIN territory t ON t.id = c.id JOIN province p ON p.id = c.province_id
        """

    func ref(id: Int64) throws -> TerritoryRef? {
        try db.queryOne("SELECT id, kind, code, name, slug FROM territory WHERE id = ?", id).map(Self.ref(from:))
    }

    func ref(kind: TerritoryKind, slug: String) throws -> TerritoryRef? {
        try db.queryOne("SELECT id, kind, code, name, slug FROM territory WHERE kind = ? AND slug = ?", kind.rawValue, slug)
            .map(Self.ref(from:))
    }

    func comune(where condition: String, _ key: any SQLBindable) throws -> Comune? {
        try db.queryOne("\(Self.comuneSelect) WHERE \(condition)", key).map(Self.comune(from:))
    }

    func comuni(where condition: String, _ arguments: [any SQLBindable]) throws -> [Comune] {
        try db.query("\(Self.comuneSelect) WHERE \(condition) ORDER BY t.name", arguments: arguments).map(Self.comune(from:))
    }

    static func ref(from row: Row) throws -> TerritoryRef {
        TerritoryRef(id: try row.get("id"), kind: TerritoryKind(rawValue: try row.get("kind")) ?? .comune,
                     code: try row.get("code"), name: try row.get("name"), slug: try row.get("slug"))
    }

    static func comune(from row: Row) throws -> Comune {
        let caps: String? = try row.get("caps")
        return Comune(
            id: try row.get("id"), istatCode: try row.get("code"), name: try row.get("name"), slug: try row.get("slug"),
            provinceId: try row.get("province_id"), provinceCode: try row.get("province_code"),
            cadastralCode: try row.get("cadastral_code"), nuts3: try row.get("nuts3"),
            postalCodes: caps.map { $0.split(separator: " ").map(String.init) } ?? [],
            isCapoluogo: try row.get("is_capoluogo"))
    }
}
