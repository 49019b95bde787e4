import Foundation
import Storage
import Accounts

/// An error report in the operators' queue.
public struct ErrorReport: Sendable, Equatable {
    public var id: Int64
    public var serviceId: Int64
    public var serviceTitle: String
    public var organizationId: Int64
    public var organizationName: String
    public var message: String
    public var contact: String
    public var createdAt: Date
}

/// Average clarity of one card.
public struct ClarityScore: Sendable, Equatable {
    public var serviceId: Int64
    public var serviceTitle: String
    public var average: Double
    public var ratings: Int
}

/// Stores citizens' feedback and serves the operators' queue. Scoping: an organisation's
/// operator sees and resolves only their organisations' reports (checked in the write too).
public struct FeedbackRepository: Sendable {
    /// The reasons offered with a rating (code, Italian label).
    public static let reasons: [(code: String, label: String)] = [
        ("chiare", "Le indicazioni erano chiare"), ("complete", "Le informazioni erano complete"),
        ("poco_chiare", "Le indicazioni non erano chiare"), ("incomplete", "Mancavano informazioni"),
        ("errate", "Alcune informazioni erano sbagliate"), ("difficile", "Il linguaggio era difficile"),
    ]

    private let pool: DatabasePool
    private let clock: any AuthClock
    private let audit: AuditLogWriter

    public init(pool: DatabasePool, clock: any AuthClock = SystemAuthClock()) {
        self.pool = pool
        self.clock = clock
        audit = AuditLogWriter(clock: clock)
    }

    /// Records a rating 1–5 with known reason codes (others are ignored).
    public func rate(serviceId: Int64, rating: Int, reasons: [String]) throws {
        let known = Set(Self.reasons.map(\.code))
        let codes = Array(Set(reasons.filter(known.contains))).sorted().joined(separator: ",")
        try pool.write { db in
            try db.run("INSERT INTO card_feedback (service_id, kind, rating, reasons, created_at) VALUES (?, 'rating', ?, ?, ?)",
                       serviceId, max(1, min(5, rating)), codes, clock.nowSeconds())
        }
    }

    /// Records an error report.
    public func report(serviceId: Int64, message: String, contact: String) throws {
        try pool.write { db in
            try db.run("INSERT INTO card_feedback (service_id, kind, message, contact, created_at) VALUES (?, 'error', ?, ?, ?)",
                       serviceId, String(message.prefix(2000)), String(contact.prefix(200)), clock.nowSeconds())
        }
    }

    /// Open error reports the operator may handle, oldest first.
    public func queue(for user: Operator) throws -> [ErrorReport] {
        try pool.read { db in
            try db.query("""
                SELECT f.id, s.id, s.title, o.id, o.name, f.message, f.contact, f.created_at FROM card_feedback f
                JOIN service s ON s.id = f.service_id JOIN organization o ON o.id = s.organization_id
                WHERE f.kind = 'error' AND f.status = 'new' ORDER BY f.created_at, f.id
                """).compactMap { row in
                let org: Int64 = try row.get(3)
                guard AccessPolicy.allows(user, .editCard(organizationID: org)) else { return nil }
                return ErrorReport(id: try row.get(0), serviceId: try row.get(1), serviceTitle: try row.get(2), organizationId: org,
                                   organizationName: try row.get(4), message: try row.get(5), contact: try row.get(6),
                                   createdAt: Date(timeIntervalSince1970: Double(try row.get(7) as Int64)))
            }
        }
    }

    /// Average clarity per card the operator may edit, lowest first.
    public func clarity(for user: Operator) throws -> [ClarityScore] {
        try pool.read { db in
            try db.query("""
                SELECT s.id, s.title, s.organization_id, avg(f.rating), count(*) FROM card_feedback f
                JOIN service s ON s.id = f.service_id WHERE f.kind = 'rating' GROUP BY s.id ORDER BY 4, s.title
                """).compactMap { row in
                guard AccessPolicy.allows(user, .editCard(organizationID: try row.get(2))) else { return nil }
                return ClarityScore(serviceId: try row.get(0), serviceTitle: try row.get(1), average: try row.get(3),
                                    ratings: try row.get(4))
            }
        }
    }

    /// Closes report `id` with a note; audit-logged.
    /// - Throws: `CatalogError.notFound`, `AuthError.forbidden`, `CardEditError`-free `CatalogError.invalid` for an empty note.
    public func resolve(id: Int64, note: String, by user: Operator) throws {
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw CatalogError.invalid([FieldError(field: "nota", message: "Scrivi che cosa hai fatto (per esempio «corretto l'orario»).")])
        }
        try pool.write { db in
            guard let row = try db.queryOne("""
                SELECT s.organization_id, f.service_id FROM card_feedback f JOIN service s ON s.id = f.service_id
                WHERE f.id = ? AND f.kind = 'error' AND f.status = 'new'
                """, id) else { throw CatalogError.notFound }
            guard AccessPolicy.allows(user, .editCard(organizationID: try row.get(0))) else { throw AuthError.forbidden }
            try db.run("UPDATE card_feedback SET status = 'resolved', resolved_at = ?, resolution_note = ? WHERE id = ?",
                       clock.nowSeconds(), String(trimmed.prefix(1000)), id)
            try audit.record("feedback.resolve", by: Author(user), entityType: "card_feedback",
                             entityID: String(id), summary: "Segnalazione sulla scheda n. \(try row.get(1) as Int64) risolta: \(trimmed)", in: db)
        }
    }
}
