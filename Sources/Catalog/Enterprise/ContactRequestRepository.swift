import Foundation
import Storage
import Accounts

/// Stores firms' contact requests, one row per provider organisation, queues the e-mails in
/// `mail_outbox` for a cron sender, and serves each provider's queue. Every write is one
/// transaction with its audit line; reads and status changes go through `AccessPolicy`.
public struct ContactRequestRepository: Sendable {
    private let database: DatabasePool
    private let clock: any AuthClock
    private let audit: AuditLogWriter

    public init(database: DatabasePool, clock: any AuthClock) {
        self.database = database
        self.clock = clock
        audit = AuditLogWriter(clock: clock)
    }

    /// Saves `draft` for the providers of `entries` (one request per organisation) and queues a
    /// notification for each provider with an e-mail. Returns the new request ids.
    /// - Throws: `CatalogError.invalid` when the draft or the list is not valid (nothing written).
    @discardableResult
    public func submit(_ draft: ContactRequestDraft, about entries: [WelfarePlanEntry], siteURL: String) throws -> [Int64] {
        var errors = ContactRequestValidator().validate(draft)
        if entries.isEmpty { errors.append(FieldError(field: "services", message: "Il piano è vuoto: aggiungi almeno un servizio")) }
        guard errors.isEmpty, let band = draft.sizeBand, let comuneID = draft.comuneID else { throw CatalogError.invalid(errors) }
        let now = clock.nowSeconds()
        let byOrganization = Dictionary(grouping: entries, by: \.organizationID)
        return try database.write { db in
            try byOrganization.keys.sorted().map { orgID in
                let services = byOrganization[orgID] ?? []
                try db.run("""
                    INSERT INTO contact_request (organization_id, firm_name, size_band, comune_id, contact_name, contact_email,
                        contact_phone, message, consent_at, status, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'nuova', ?, ?)
                    """, orgID, draft.firmName, band.rawValue, comuneID, draft.contactName, draft.contactEmail,
                    draft.contactPhone, draft.message, now, now, now)
                let id = db.lastInsertRowID
                for service in services {
                    try db.run("INSERT OR IGNORE INTO contact_request_service (request_id, service_id) VALUES (?, ?)", id, service.serviceID)
                }
                try queueMail(id, draft, services, siteURL: siteURL, db)
                try audit.record("contact_request.create", by: Author(userId: nil, name: "impresa (modulo pubblico)"),
                                 entityType: "contact_request", entityID: String(id),
                                 summary: "Richiesta di informazioni per \(services.count) servizi",
                                 after: ["organization_id": String(orgID), "size_band": band.rawValue], in: db)
                return id
            }
        }
    }

    /// The requests `user` may see, newest first, optionally of one status.
    public func queue(for user: Operator, status: ContactRequestStatus? = nil, limit: Int = 200) throws -> [ContactRequest] {
        let all = AccessPolicy.allows(user, .viewEveryContactRequest)
        let orgs = WelfarePlanRepository.jsonList(user.organizationIDs.sorted())
        let rows = try database.read { db in
            try db.query("""
                SELECT r.id FROM contact_request r
                WHERE (?1 = 1 OR r.organization_id IN (SELECT value FROM json_each(?2)))
                  AND (?3 IS NULL OR r.status = ?3)
                ORDER BY r.created_at DESC, r.id DESC LIMIT ?4
                """, all, orgs, status?.rawValue, max(1, min(limit, 1_000)))
        }
        return try rows.compactMap { try request(id: try $0.get("id"), for: user) }
    }

    /// One request, or nil when it does not exist or `user` may not see it.
    public func request(id: Int64, for user: Operator) throws -> ContactRequest? {
        try database.read { db in
            guard let row = try db.queryOne("""
                SELECT r.*, o.name AS org_name, t.name AS comune_name FROM contact_request r
                JOIN organization o ON o.id = r.organization_id JOIN territory t ON t.id = r.comune_id WHERE r.id = ?
                """, id) else { return nil }
            let orgID: Int64 = try row.get("organization_id")
            guard AccessPolicy.allows(user, .handleContactRequests(organizationID: orgID)) else { return nil }
            let services = try db.query("""
                SELECT s.title, s.slug FROM contact_request_service x JOIN service s ON s.id = x.service_id
                WHERE x.request_id = ? ORDER BY s.title
                """, id).map { (title: try $0.get("title") as String, slug: try $0.get("slug") as String) }
            return ContactRequest(
                id: id, organizationID: orgID, organizationName: try row.get("org_name"), firmName: try row.get("firm_name"),
                sizeBand: FirmSizeBand(rawValue: try row.get("size_band")) ?? .micro, comuneName: try row.get("comune_name"),
                contactName: try row.get("contact_name"), contactEmail: try row.get("contact_email"),
                contactPhone: try row.get("contact_phone"), message: try row.get("message"),
                status: ContactRequestStatus(rawValue: try row.get("status")) ?? .new, createdAt: try row.get("created_at"),
                services: services)
        }
    }

    /// Moves a request to `status`, audit-logged. Throws `AuthError.forbidden` when `user` may
    /// not handle it and `CatalogError.notFound` when it does not exist.
    public func setStatus(_ status: ContactRequestStatus, id: Int64, by user: Operator) throws {
        try database.write { db in
            guard let row = try db.queryOne("SELECT organization_id, status FROM contact_request WHERE id = ?", id) else {
                throw CatalogError.notFound
            }
            let orgID: Int64 = try row.get("organization_id")
            guard AccessPolicy.allows(user, .handleContactRequests(organizationID: orgID)) else { throw AuthError.forbidden }
            let before: String = try row.get("status")
            guard before != status.rawValue else { return }
            try db.run("UPDATE contact_request SET status = ?, updated_at = ? WHERE id = ?", status.rawValue, clock.nowSeconds(), id)
            try audit.record("contact_request.status", by: Author(userId: user.id, name: user.email),
                             entityType: "contact_request", entityID: String(id),
                             summary: "Stato: \(ContactRequestStatus(rawValue: before)?.label ?? before) → \(status.label)",
                             before: ["status": before], after: ["status": status.rawValue], in: db)
        }
    }

    /// One outbox row per distinct provider address (the service's e-mail, else the organisation's).
    private func queueMail(_ id: Int64, _ draft: ContactRequestDraft, _ services: [WelfarePlanEntry], siteURL: String,
                           _ db: Connection) throws {
        let recipients = Set(services.compactMap { $0.email?.trimmingCharacters(in: .whitespaces) }.filter(ContactRules.isEmail))
        let titles = services.map { "- \($0.title)" }.joined(separator: "\n")
        let body = """
            L'impresa «\(draft.firmName)» chiede informazioni su:
            \(titles)

            Messaggio:
            \(draft.message)

            Rispondete a \(draft.contactName), \(draft.contactEmail)\(draft.contactPhone.isEmpty ? "" : ", tel. \(draft.contactPhone)").
            La richiesta è anche nell'area operatori: \(siteURL)/admin/richieste/\(id)
            """
        for recipient in recipients.sorted() {
            try db.run("""
                INSERT INTO mail_outbox (created_at, recipient, reply_to, subject, body, related_type, related_id)
                VALUES (?, ?, ?, ?, ?, 'contact_request', ?)
                """, clock.nowSeconds(), recipient, draft.contactEmail,
                "Vetrina Welfare: richiesta di informazioni da \(draft.firmName)", body, String(id))
        }
    }
}
