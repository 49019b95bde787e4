import Storage

/// Reads services and cards on a caller's connection (inside `DatabasePool.read` or `write`).
struct ServiceReader {
    let db: Connection

    /// The service with `id`, or `nil`.
    func service(id: Int64) throws -> Service? {
        try service(where: "s.id = ?", id)
    }

    /// The service with `slug`, or `nil`.
    func service(slug: String) throws -> Service? {
        try service(where: "s.slug = ?", slug)
    }

    private func service(where condition: String, _ key: any SQLBindable) throws -> Service? {
        guard let row = try db.queryOne("SELECT \(ServiceColumns.selectList) FROM service s WHERE \(condition)", key)
        else { return nil }
        let id: Int64 = try row.get("id")
        var draft = try ServiceColumns.draft(from: row)
        try ServiceRelations.read(serviceId: id, into: &draft, in: db)
        return Service(id: id, uuid: try row.get("uuid"), version: try row.get("version"),
                       createdAt: try row.get("created_at"), updatedAt: try row.get("updated_at"), fields: draft)
    }

    /// The card of `service`: every relation resolved to labels and names.
    func card(for service: Service) throws -> ServiceCard {
        let taxonomy = TaxonomyReader(db: db)
        let locations = try service.locations.map { location in
            CardLocation(location: location, comune: try territory(id: location.comuneId))
        }
        let territories = try service.servedTerritoryIds.map(territory(id:)).sorted { a, b in
            a.kind.proximity != b.kind.proximity ? a.kind.proximity > b.kind.proximity : a.name < b.name
        }
        guard let organization = try OrganizationReader(db: db).summary(id: service.organizationId) else {
            throw CatalogError.notFound
        }
        return ServiceCard(
            service: service, organization: organization,
            serviceType: try taxonomy.term(.serviceType, code: service.serviceTypeCode),
            needs: try taxonomy.terms(.need, codes: service.needCodes),
            targets: try taxonomy.terms(.target, codes: service.targetCodes),
            deliveryModes: try taxonomy.terms(.deliveryMode, codes: service.deliveryModeCodes),
            paymentMethods: try taxonomy.terms(.paymentMethod, codes: service.cost.paymentMethodCodes),
            tuirCategory: try service.tuirCategoryCode.map { try taxonomy.term(.tuirCategory, code: $0) },
            locations: locations, servedTerritories: territories)
    }

    private func territory(id: Int64) throws -> TerritoryRef {
        guard let ref = try TerritoryReader(db: db).ref(id: id) else { throw CatalogError.notFound }
        return ref
    }

    /// Summaries matching `condition` (on `s` and `o`), newest first.
    func summaries(where condition: String, _ arguments: [any SQLBindable], limit: Int, offset: Int = 0)
        throws -> [ServiceSummary] {
        try db.query("""
            SELECT s.id, s.slug, s.title, s.summary, o.name AS org_name, o.slug AS org_slug, s.status, s.cost_kind,
                   s.tuir_category_code IS NOT NULL AS welfare, s.updated_at, s.last_verified_at, s.is_demo
            FROM service s JOIN organization o ON o.id = s.organization_id
            WHERE \(condition) ORDER BY s.updated_at DESC, s.id DESC LIMIT ? OFFSET ?
            """, arguments: arguments + [limit, offset]).map(Self.summary(from:))
    }

    static func summary(from row: Row) throws -> ServiceSummary {
        ServiceSummary(
            id: try row.get("id"), slug: try row.get("slug"), title: try row.get("title"),
            summary: try row.get("summary"), organizationName: try row.get("org_name"),
            organizationSlug: try row.get("org_slug"),
            status: ServiceStatus(rawValue: try row.get("status")) ?? .draft,
            costKind: CostKind(rawValue: try row.get("cost_kind")) ?? .unknown,
            welfareEligible: try row.get("welfare"), updatedAt: try row.get("updated_at"),
            lastVerifiedAt: try row.get("last_verified_at"), isDemo: try row.get("is_demo"))
    }
}
