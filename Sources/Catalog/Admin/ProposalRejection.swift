import Foundation
import Storage

/// Why a proposed change was rejected, kept so its author can read the reason.
public struct ProposalRejection: Sendable, Equatable {
    public var serviceId: Int64
    public var serviceTitle: String
    public var reason: String
    public var rejectedAt: Date

    static func record(serviceId: Int64, authorUserID: Int64?, reason: String, at: Int64, in db: Connection) throws {
        guard let authorUserID else { return }   // the author's account is gone: nobody to tell
        try db.run("INSERT INTO proposal_rejection (service_id, author_user_id, reason, rejected_at) VALUES (?, ?, ?, ?)",
                   serviceId, authorUserID, reason, at)
    }

    /// The latest rejections of `userID`'s proposals, newest first.
    public static func recent(forAuthor userID: Int64, limit: Int = 10, in pool: DatabasePool) throws -> [ProposalRejection] {
        try pool.read { db in
            try db.query("""
                SELECT r.service_id, s.title, r.reason, r.rejected_at FROM proposal_rejection r
                JOIN service s ON s.id = r.service_id WHERE r.author_user_id = ? ORDER BY r.rejected_at DESC, r.id DESC LIMIT ?
                """, userID, limit).map {
                ProposalRejection(serviceId: try $0.get(0), serviceTitle: try $0.get(1), reason: try $0.get(2),
                                  rejectedAt: Date(timeIntervalSince1970: Double(try $0.get(3) as Int64)))
            }
        }
    }
}
