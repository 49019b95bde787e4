import Foundation
import Storage
import Accounts

/// Filters of the admin card list; every one is a GET parameter (STYLE 12).
public struct CardListFilter: Sendable, Equatable {
    public enum Sort: String, Sendable, CaseIterable {
        case updated = "aggiornate"
        case title = "titolo"
        case verified = "verifica"
    }

    public var status: ServiceStatus?
    public var organizationID: Int64?
    public var needCode: String?
    public var comuneID: Int64?
    /// Only cards not verified for 12 months (or never), archived ones excluded.
    public var staleOnly = false
    /// Words searched in title and summary.
    public var text = ""
    public var sort = Sort.updated
    /// 1-based.
    public var page = 1

    public init() {}
}

/// One row of the admin card list.
public struct CardListRow: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var organizationName: String
    public var status: ServiceStatus
    public var version: Int
    public var updatedAt: Date
    public var lastVerifiedAt: Date?
    /// An edit of this card waits for review (`ProposedChange`).
    public var hasProposal = false
}

/// Reads for the admin list and dashboard, scoped to what the operator may see (an operatore
/// ente sees only the cards of their organisations).
public struct CardListQuery: Sendable {
    /// A card is stale when not verified for this long (12 months).
    static let staleSeconds: Int64 = 365 * 86_400
    let database: DatabasePool
    let clock: any AuthClock

    public init(database: DatabasePool, clock: any AuthClock) {
        self.database = database
        self.clock = clock
    }

    /// One page of cards and the total count.
    public func list(_ filter: CardListFilter, for user: Operator, pageSize: Int) throws -> (rows: [CardListRow], total: Int) {
        let (condition, arguments) = whereClause(filter, user)
        let order: String
        switch filter.sort {
        case .updated: order = "s.updated_at DESC, s.id DESC"
        case .title: order = "s.title COLLATE NOCASE, s.id"
        case .verified: order = "coalesce(s.last_verified_at, 0), s.id"
        }
        let size = max(1, pageSize), offset = (max(1, filter.page) - 1) * size
        return try database.read { db in
            let total = try db.query("SELECT count(*) FROM service s WHERE \(condition)", arguments: arguments)
                .first?.get(0, as: Int.self) ?? 0
            let rows = try db.query("""
                SELECT s.id, s.title, o.name AS org, s.status, s.version, s.updated_at, s.last_verified_at,
                       EXISTS (SELECT 1 FROM proposed_change p WHERE p.service_id = s.id) AS proposal
                FROM service s JOIN organization o ON o.id = s.organization_id
                WHERE \(condition) ORDER BY \(order) LIMIT ? OFFSET ?
                """, arguments: arguments + [size, offset]).map(Self.row)
            return (rows, total)
        }
    }

    /// Cards per status, visible to `user`.
    public func countsByStatus(for user: Operator) throws -> [ServiceStatus: Int] {
        let (condition, arguments) = scope(user)
        return try database.read { db in
            var counts: [ServiceStatus: Int] = [:]
            for row in try db.query("SELECT status, count(*) AS n FROM service s WHERE \(condition) GROUP BY status", arguments: arguments) {
                if let status = ServiceStatus(rawValue: try row.get("status")) { counts[status] = try row.get("n") }
            }
            return counts
        }
    }

    /// How many visible, non-archived cards are stale.
    public func staleCount(for user: Operator) throws -> Int {
        var filter = CardListFilter()
        filter.staleOnly = true
        return try list(filter, for: user, pageSize: 1).total
    }

    static func row(_ row: Row) throws -> CardListRow {
        CardListRow(id: try row.get("id"), title: try row.get("title"), organizationName: try row.get("org"),
                    status: ServiceStatus(rawValue: try row.get("status")) ?? .draft, version: try row.get("version"),
                    updatedAt: try row.get("updated_at"), lastVerifiedAt: try row.get("last_verified_at"),
                    hasProposal: try row.get("proposal", as: Int.self) != 0)
    }

    func scope(_ user: Operator) -> (String, [any SQLBindable]) {
        switch user.role {
        case .admin, .editor: return ("1 = 1", [])
        case .deskOperator: return ("0 = 1", [])
        case .organizationOperator: break
        }
        let ids = user.organizationIDs.sorted()
        if ids.isEmpty { return ("0 = 1", []) }
        return ("s.organization_id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))", ids)
    }

    func whereClause(_ filter: CardListFilter, _ user: Operator) -> (String, [any SQLBindable]) {
        var (first, arguments) = scope(user)
        var parts = [first]
        if let status = filter.status { parts.append("s.status = ?"); arguments.append(status.rawValue) }
        if let org = filter.organizationID { parts.append("s.organization_id = ?"); arguments.append(org) }
        if let need = filter.needCode {
            parts.append("EXISTS (SELECT 1 FROM service_need sn WHERE sn.service_id = s.id AND sn.need_code = ?)")
            arguments.append(need)
        }
        if let comune = filter.comuneID {
            parts.append("""
                (EXISTS (SELECT 1 FROM service_territory st JOIN comune_container cc ON cc.territory_id = st.territory_id
                         WHERE st.service_id = s.id AND cc.comune_id = ?)
                 OR EXISTS (SELECT 1 FROM service_location sl JOIN location l ON l.id = sl.location_id
                            WHERE sl.service_id = s.id AND l.comune_id = ?))
                """)
            arguments += [comune, comune]
        }
        if filter.staleOnly {
            parts.append("s.status <> 'archived' AND coalesce(s.last_verified_at, 0) < ?")
            arguments.append(clock.nowSeconds() - Self.staleSeconds)
        }
        let words = filter.text.split(whereSeparator: \.isWhitespace).prefix(8)
        for word in words {
            parts.append("(s.title LIKE ? ESCAPE '\\' OR s.summary LIKE ? ESCAPE '\\')")
            let pattern = "%" + Self.escapeLike(String(word)) + "%"
            arguments += [pattern, pattern]
        }
        return (parts.joined(separator: " AND "), arguments)
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
