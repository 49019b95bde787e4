import Foundation
import Storage
import Accounts

/// Reads `service_translation` rows and their revisions. Operators write them through
/// `CardEditor.saveTranslation`, the system through `SystemCatalogWriter.saveTranslation`.
public struct ServiceTranslationRepository: Sendable {
    private let pool: DatabasePool
    private let clock: any AuthClock

    public init(pool: DatabasePool, clock: any AuthClock = SystemAuthClock()) {
        self.pool = pool
        self.clock = clock
    }

    /// The translation of card `serviceId` into `language`, or nil when there is none.
    public func translation(serviceId: Int64, language: String) throws -> ServiceTranslation? {
        try pool.read { db in
            guard let row = try db.queryOne(
                "SELECT title, summary, description, eligibility, how_to_apply FROM service_translation WHERE service_id = ? AND language = ?",
                serviceId, language) else { return nil }
            return ServiceTranslation(serviceId: serviceId, language: language, title: try row.get(0), summary: try row.get(1),
                                      description: try row.get(2), eligibility: try row.get(3), howToApply: try row.get(4))
        }
    }

    /// Every saved translation of card `serviceId` (all languages), newest first.
    public func revisions(serviceId: Int64) throws -> [TranslationRevision] {
        try pool.read { try TranslationRevisionReader(db: $0).revisions(serviceId: serviceId).reversed() }
    }
}

/// Reads `service_translation_revisions` on a caller's connection.
struct TranslationRevisionReader {
    let db: Connection

    /// Oldest first (by time, then by row id), at most `limit`.
    func revisions(serviceId: Int64, limit: Int = Int.max) throws -> [TranslationRevision] {
        try db.query("""
            SELECT id, language, title, summary, description, eligibility, how_to_apply, change_kind,
                   author_user_id, author, saved_at, change_summary
            FROM service_translation_revisions WHERE service_id = ? ORDER BY saved_at, id LIMIT ?
            """, serviceId, Int64(clamping: limit)).map { row in
            let language: String = try row.get("language")
            let text = ServiceTranslation(serviceId: serviceId, language: language, title: try row.get("title"),
                                          summary: try row.get("summary"), description: try row.get("description"),
                                          eligibility: try row.get("eligibility"), howToApply: try row.get("how_to_apply"))
            return TranslationRevision(id: try row.get("id"), translation: text,
                                       change: TranslationChange(rawValue: try row.get("change_kind")) ?? .updated,
                                       authorUserId: try row.get("author_user_id"), author: try row.get("author"),
                                       savedAt: try row.get("saved_at"),
                                       changeSummary: try row.get("change_summary"))
        }
    }
}
