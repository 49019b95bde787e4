import Storage

/// Reads `ServiceContactSummary`s in one query, in the order of the slugs asked for.
struct ServiceContactReader {
    let db: Connection

    /// The summaries of the services with `slugs` that exist (whatever their status), in the
    /// order of `slugs`; a slug asked for twice is answered once. For a page's handful of
    /// candidates (one bound parameter per slug).
    func summaries(slugs: [String]) throws -> [ServiceContactSummary] {
        let wanted = slugs.uniqued()
        guard !wanted.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: wanted.count).joined(separator: ", ")
        // The first public place: lowest sort order, then location id, like ServiceRelations.read.
        let rows = try db.query("""
            SELECT s.slug, s.title, s.status, s.contact_phone, s.contact_email, s.contact_website,
                   s.contact_referent, s.contact_hours, l.address, t.name AS comune_name
            FROM service s
            LEFT JOIN location l ON l.id = (
                SELECT sl.location_id FROM service_location sl JOIN location p ON p.id = sl.location_id
                WHERE sl.service_id = s.id AND p.is_confidential = 0 ORDER BY sl.sort_order, p.id LIMIT 1)
            LEFT JOIN territory t ON t.id = l.comune_id
            WHERE s.slug IN (\(placeholders))
            """, arguments: wanted)
        // `service.slug` is UNIQUE: one row per slug.
        let bySlug = Dictionary(uniqueKeysWithValues: try rows.map(Self.summary(from:)).map { ($0.slug, $0) })
        return wanted.compactMap { bySlug[$0] }
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
}
