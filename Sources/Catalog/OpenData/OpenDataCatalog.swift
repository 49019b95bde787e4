import Foundation
import Storage

/// What the open data API and the bulk downloads read: published, unexpired cards only (the
/// same cards a citizen's search can return), their organisations and the places they name.
/// Text and territory filters go through the portal's search (`PublicServiceMatcher`, which
/// Search's `ServiceSearch` implements), so totals agree with the portal.
public struct OpenDataCatalog: Sendable {
    public let pool: DatabasePool
    let search: any PublicServiceMatcher

    /// - Parameter search: the portal's search, shared so its in-memory snapshot is built once.
    public init(pool: DatabasePool, search: any PublicServiceMatcher) {
        self.pool = pool
        self.search = search
    }

    /// Ids of the public cards matching `filter`, in ascending id order (a stable paging order).
    /// - Throws: `SQLiteError`.
    public func serviceIDs(matching filter: OpenDataFilter) throws -> [Int64] {
        var conditions = ["s.status = 'published'", "(s.valid_to IS NULL OR s.valid_to >= ?)"]
        var arguments: [any SQLBindable] = [search.today()?.iso ?? "0000-00-00"]
        if let organizationId = filter.organizationId {
            conditions.append("s.organization_id = ?")
            arguments.append(organizationId)
        }
        if let modifiedAfter = filter.modifiedAfter {
            conditions.append("s.updated_at >= ?")
            arguments.append(Int64(modifiedAfter.timeIntervalSince1970.rounded(.up)))
        }
        if let term = filter.term {
            conditions.append(Self.condition(for: term.taxonomy))
            arguments.append(term.code)
        }
        var ids: [Int64] = try pool.read { db in
            try db.query("SELECT s.id FROM service s WHERE \(conditions.joined(separator: " AND ")) ORDER BY s.id",
                         arguments: arguments).map { try $0.get(0) }
        }
        let text = filter.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty, filter.territoryIds == nil { return ids }
        var allowed = Set<Int64>()
        if let territoryIds = filter.territoryIds {
            for territoryId in territoryIds {
                allowed.formUnion(try search.publicServiceIDs(text: text, territoryId: territoryId))
            }
        } else {
            allowed = try search.publicServiceIDs(text: text, territoryId: nil)
        }
        ids.removeAll { !allowed.contains($0) }
        return ids
    }

    /// The SQL condition (one `?` for the code) selecting cards carrying a term of `taxonomy`.
    static func condition(for taxonomy: Taxonomy) -> String {
        switch taxonomy {
        case .need: "EXISTS (SELECT 1 FROM service_need x WHERE x.service_id = s.id AND x.need_code = ?)"
        case .target: "EXISTS (SELECT 1 FROM service_target x WHERE x.service_id = s.id AND x.target_code = ?)"
        case .deliveryMode:
            "EXISTS (SELECT 1 FROM service_delivery_mode x WHERE x.service_id = s.id AND x.delivery_mode_code = ?)"
        case .paymentMethod:
            "EXISTS (SELECT 1 FROM service_payment_method x WHERE x.service_id = s.id AND x.payment_method_code = ?)"
        case .serviceType: "s.service_type_code = ?"
        case .tuirCategory: "s.tuir_category_code = ?"
        case .organizationKind: "s.organization_id IN (SELECT id FROM organization WHERE kind_code = ?)"
        }
    }

    /// The cards `ids` with their organisations and the comuni of their places, in the order given.
    /// Ids that vanished meanwhile are skipped.
    /// - Throws: `SQLiteError`.
    public func records(ids: [Int64]) throws -> [OpenDataRecord] {
        try pool.read { db in
            let reader = ServiceReader(db: db)
            let organizations = OrganizationReader(db: db)
            let territories = TerritoryReader(db: db)
            var comuni: [Int64: Comune] = [:]
            var orgs: [Int64: Organization] = [:]
            return try ids.compactMap { id -> OpenDataRecord? in
                guard let service = try reader.service(id: id), service.status == .published else { return nil }
                let card = try reader.card(for: service)
                let orgId = service.organizationId
                if orgs[orgId] == nil { orgs[orgId] = try organizations.organization(where: "o.id = ?", orgId) }
                guard let organization = orgs[orgId] else { return nil }
                for location in service.locations where comuni[location.comuneId] == nil {
                    comuni[location.comuneId] = try territories.comune(where: "c.id = ?", location.comuneId)
                }
                return OpenDataRecord(card: card, organization: organization,
                                      comuni: service.locations.compactMap { comuni[$0.comuneId] })
            }
        }
    }

    /// The id of the public card with `uuid`, or nil.
    public func publicServiceID(uuid: UUID) throws -> Int64? {
        let today = search.today()?.iso ?? "0000-00-00"
        return try pool.read { db in
            try db.scalar("""
                SELECT id FROM service
                WHERE uuid = ? AND status = 'published' AND (valid_to IS NULL OR valid_to >= ?)
                """, uuid, today, as: Int64.self)
        }
    }

    /// How many places each card has (cards without places are absent).
    public func locationCounts() throws -> [Int64: Int] {
        try pool.read { db in
            var counts: [Int64: Int] = [:]
            for row in try db.query("SELECT service_id, count(*) FROM service_location GROUP BY service_id") {
                counts[try row.get(0)] = try row.get(1)
            }
            return counts
        }
    }

    /// The UUID of each card by id, for the ids given (others are absent).
    public func serviceUUIDs(ids: [Int64]) throws -> [Int64: UUID] {
        let wanted = Set(ids)
        return try pool.read { db in
            var uuids: [Int64: UUID] = [:]
            for row in try db.query("SELECT id, uuid FROM service WHERE status = 'published'") {
                let id: Int64 = try row.get(0)
                if wanted.contains(id) { uuids[id] = try row.get(1) }
            }
            return uuids
        }
    }

    /// Organisations with at least one published card, by name.
    public func organizations() throws -> [Organization] {
        try pool.read { db in
            try db.query("""
                \(OrganizationReader.select)
                WHERE EXISTS (SELECT 1 FROM service s WHERE s.organization_id = o.id AND s.status = 'published')
                ORDER BY o.name, o.id
                """).map(OrganizationReader.organization(from:))
        }
    }

    /// The organisation with `uuid` if it has a published card, or nil.
    public func organization(uuid: UUID) throws -> Organization? {
        try organizations().first { $0.uuid == uuid }
    }

    /// Every term of every vocabulary.
    public func terms() throws -> [Taxonomy: [TaxonomyTerm]] {
        try pool.read { db in
            let reader = TaxonomyReader(db: db)
            return Dictionary(uniqueKeysWithValues: try Taxonomy.allCases.map { ($0, try reader.all($0)) })
        }
    }

    /// The provinces (ISTAT codes for service area URIs).
    public func provinces() throws -> [Province] { try TerritoryRepository(pool: pool).provinces() }

    /// The most recent change to any public card, or nil for an empty catalog.
    public func latestChange() throws -> Date? {
        let seconds: Int64? = try pool.read { db in
            try db.scalar("SELECT max(updated_at) FROM service WHERE status = 'published'", as: Int64.self)
        }
        return seconds.map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }

    /// A text that changes whenever the open data output can: the search generation (bumped
    /// by triggers on every write to a card, its relations and places, organisation names,
    /// labels and territories), every organisation's last change (count, latest and sum of
    /// `updated_at`, as contacts and addresses carry no trigger), the last audited organisation
    /// or card action (edits within one second), and today's date (cards expire by day).
    /// Equal markers mean equal downloads; bulk downloads are cached by it.
    /// - Throws: `SQLiteError`.
    public func changeMarker() throws -> String {
        let today = search.today()?.iso ?? "0000-00-00"
        return try pool.read { db in
            guard let row = try db.queryOne("""
                SELECT (SELECT generation FROM search_state WHERE id = 1),
                       (SELECT count(*) FROM organization), (SELECT coalesce(max(updated_at), 0) FROM organization),
                       (SELECT coalesce(sum(updated_at), 0) FROM organization),
                       (SELECT coalesce(max(id), 0) FROM audit_log WHERE entity_type IN ('organization', 'service'))
                """) else { return "empty-\(today)" }
            let parts: [Int64] = try (0..<5).map { try row.get($0) }
            return parts.map(String.init).joined(separator: ".") + "-" + today
        }
    }
}

/// One public card with what its open data record needs besides the card itself.
public struct OpenDataRecord: Sendable {
    public var card: ServiceCard
    /// The full providing organisation.
    public var organization: Organization
    /// The comune of each of the card's places, parallel to `card.locations`.
    public var comuni: [Comune]
}
