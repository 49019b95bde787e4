import Storage

/// Reads organisations on a caller's connection.
struct OrganizationReader {
    let db: Connection

    static let select = """
        SELECT o.id, o.uuid, o.slug, o.name, o.kind_code, o.description, o.tax_code, o.vat_number, o.phone, o.email,
               o.pec, o.website, o.address, o.postal_code, o.comune_id, o.verified, o.is_demo, o.source,
               o.created_at, o.updated_at
        FROM organization o
        """

    func organization(where condition: String, _ key: any SQLBindable) throws -> Organization? {
        try db.queryOne("\(Self.select) WHERE \(condition)", key).map(Self.organization(from:))
    }

    func summary(id: Int64) throws -> OrganizationSummary? {
        guard let row = try db.queryOne("SELECT id, slug, name, kind_code, verified, is_demo FROM organization WHERE id = ?", id)
        else { return nil }
        return try summary(from: row)
    }

    func summary(from row: Row) throws -> OrganizationSummary {
        OrganizationSummary(
            id: try row.get("id"), slug: try row.get("slug"), name: try row.get("name"),
            kind: try TaxonomyReader(db: db).term(.organizationKind, code: try row.get("kind_code")),
            verified: try row.get("verified"), isDemo: try row.get("is_demo"))
    }

    static func organization(from row: Row) throws -> Organization {
        let fields = OrganizationDraft(
            name: try row.get("name"), slug: try row.get("slug"), kindCode: try row.get("kind_code"),
            description: try row.get("description"), taxCode: try row.get("tax_code"),
            vatNumber: try row.get("vat_number"),
            contacts: Contacts(phone: try row.get("phone"), email: try row.get("email"), website: try row.get("website")),
            pec: try row.get("pec"), address: try row.get("address"), postalCode: try row.get("postal_code"),
            comuneId: try row.get("comune_id"), verified: try row.get("verified"), isDemo: try row.get("is_demo"),
            source: try row.get("source"))
        return Organization(id: try row.get("id"), uuid: try row.get("uuid"), createdAt: try row.get("created_at"),
                            updatedAt: try row.get("updated_at"), fields: fields)
    }
}
