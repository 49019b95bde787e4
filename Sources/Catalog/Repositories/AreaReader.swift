import Storage

/// Reads custom areas on a caller's connection.
struct AreaReader {
    let db: Connection

    func areas(where condition: String, _ arguments: [any SQLBindable]) throws -> [Area] {
        try db.query("""
            SELECT t.id, t.code, t.name, t.slug, a.area_kind, a.description,
                   (SELECT group_concat(comune_id, ' ') FROM
                       (SELECT comune_id FROM area_comune WHERE area_id = a.id ORDER BY comune_id)) AS members
            FROM area a JOIN territory t ON t.id = a.id WHERE \(condition) ORDER BY t.name
            """, arguments: arguments).map { row in
            let members: String? = try row.get("members")
            return Area(id: try row.get("id"), code: try row.get("code"), name: try row.get("name"),
                        slug: try row.get("slug"), kind: AreaKind(rawValue: try row.get("area_kind")) ?? .other,
                        description: try row.get("description"),
                        comuneIds: members.map { $0.split(separator: " ").compactMap { Int64($0) } } ?? [])
        }
    }
}
