import Storage

/// Reads `ServiceContactSummary`s in one query, in the order of the slugs asked for.
struct ServiceContactReader {
    let db: Connection

    /// The summaries of the services with `slugs` that exist (whatever their status), in the
    /// order of `slugs`; a slug asked for twice is answered once.
    func summaries(slugs: [String]) throws -> [ServiceContactSummary] {
        guard !slugs.isEmpty else { return [] }
        let json = "[" + slugs.map(Self.jsonString).joined(separator: ",") + "]"
        // The first public place: lowest sort order, then location id, like ServiceRelations.read.
        return try db.query("""
            SELECT s.slug, s.title, s.status, s.contact_phone, s.contact_email, s.contact_website,
                   s.contact_referent, s.contact_hours, l.address, t.name AS comune_name
            FROM (SELECT value AS slug, min(key) AS position FROM json_each(?1) GROUP BY value) wanted
            JOIN service s ON s.slug = wanted.slug
            LEFT JOIN location l ON l.id = (
                SELECT sl.location_id FROM service_location sl JOIN location p ON p.id = sl.location_id
                WHERE sl.service_id = s.id AND p.is_confidential = 0 ORDER BY sl.sort_order, p.id LIMIT 1)
            LEFT JOIN territory t ON t.id = l.comune_id
            ORDER BY wanted.position
            """, json).map(Self.summary(from:))
    }

    static func summary(from row: Row) throws -> ServiceContactSummary {
        let comuneName: String? = try row.get("comune_name")
        return ServiceContactSummary(
            slug: try row.get("slug"), title: try row.get("title"),
            status: ServiceStatus(rawValue: try row.get("status")) ?? .draft,
            contacts: Contacts(phone: try row.get("contact_phone"), email: try row.get("contact_email"),
                               website: try row.get("contact_website"), referent: try row.get("contact_referent"),
                               hours: try row.get("contact_hours")),
            publicPlace: try comuneName.map { .init(address: try row.get("address"), comuneName: $0) })
    }

    /// `text` as a JSON string literal (slugs are [a-z0-9-], but any text is encoded safely).
    private static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
