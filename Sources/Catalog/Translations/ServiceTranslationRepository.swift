import Foundation
import Storage
import Accounts

/// Reads `service_translation` rows. Operators write them through `CardEditor.saveTranslation`,
/// the system through `SystemCatalogWriter.saveTranslation`.
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
}
