import Foundation
import Storage

/// What the public card says about how fresh its facts are.
public struct CardFreshness: Sendable, Equatable {
    /// When the card was last verified with its provider.
    public var lastVerifiedAt: Date?
    /// The organisation that verified it (never a person); nil for the portal's editors.
    public var verifierName: String?
    /// The date the facts come from (a mapping, a leaflet…).
    public var factsDate: CalendarDay?
    /// Where a card stands under the policy.
    public var state: FreshnessPolicy.State
    /// The day it is (or was) due for re-verification.
    public var dueOn: CalendarDay

    init(lastVerifiedAt: Date?, verifierName: String?, factsDate: CalendarDay?, state: FreshnessPolicy.State,
                dueOn: CalendarDay) {
        self.lastVerifiedAt = lastVerifiedAt
        self.verifierName = verifierName
        self.factsDate = factsDate
        self.state = state
        self.dueOn = dueOn
    }
}

/// A card past its re-verification date, for the admin list and `vetrina freshness`.
public struct OverdueCard: Sendable, Equatable {
    public var serviceId: Int64
    public var title: String
    public var slug: String
    public var organizationId: Int64
    public var organizationName: String
    /// Last verification, facts date or creation, whichever applies.
    public var reference: CalendarDay
    public var demoted: Bool
}

/// Reads freshness facts and overdue cards.
public struct FreshnessRepository: Sendable {
    private let pool: DatabasePool
    public let policy: FreshnessPolicy

    public init(pool: DatabasePool, policy: FreshnessPolicy = FreshnessPolicy()) {
        self.pool = pool
        self.policy = policy
    }

    /// The freshness of service `id`, or nil when it does not exist.
    public func freshness(serviceId id: Int64) throws -> CardFreshness? {
        try pool.read { db in
            guard let row = try db.queryOne("""
                SELECT s.last_verified_at, o.name, s.facts_date, \(FreshnessPolicy.referenceSQL)
                FROM service s LEFT JOIN organization o ON o.id = s.verified_by_organization_id WHERE s.id = ?
                """, id) else { return nil }
            let verified: Int64? = try row.get(0)
            let reference: Int64 = try row.get(3)
            let facts: String? = try row.get(2)
            return CardFreshness(
                lastVerifiedAt: verified.map { Date(timeIntervalSince1970: Double($0)) }, verifierName: try row.get(1),
                factsDate: facts.flatMap(CalendarDay.init(iso:)), state: policy.state(reference: reference),
                dueOn: CalendarDay(unixSeconds: reference).adding(months: policy.months))
        }
    }

    /// Published cards past their re-verification date, by organisation then oldest first;
    /// only those of `organizationIDs` when given.
    public func overdue(organizationIDs: Set<Int64>? = nil) throws -> [OverdueCard] {
        let (due, demoted) = policy.thresholds()
        return try pool.read { db in
            try db.query("""
                SELECT s.id, s.title, s.slug, o.id, o.name, \(FreshnessPolicy.referenceSQL) AS ref
                FROM service s JOIN organization o ON o.id = s.organization_id
                WHERE s.status = 'published' AND \(FreshnessPolicy.referenceSQL) < ?
                ORDER BY o.name, ref, s.id
                """, due).compactMap { row in
                let org: Int64 = try row.get(3)
                if let organizationIDs, !organizationIDs.contains(org) { return nil }
                let reference: Int64 = try row.get(5)
                return OverdueCard(serviceId: try row.get(0), title: try row.get(1), slug: try row.get(2), organizationId: org,
                                   organizationName: try row.get(4), reference: CalendarDay(unixSeconds: reference),
                                   demoted: reference < demoted)
            }
        }
    }
}
