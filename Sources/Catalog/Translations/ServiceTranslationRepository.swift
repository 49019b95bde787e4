import Foundation
import Storage
import Accounts

/// Reads and writes `service_translation` rows. Saving an all-empty translation deletes the row.
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

    /// Stores `translation` (replacing any previous one), or deletes it when empty, and records
    /// `actor` in the audit log in the same transaction.
    /// - Throws: `CatalogError.invalid` for a bad language tag or an over-long field,
    ///   `CatalogError.notFound` when the card does not exist.
    public func save(_ translation: ServiceTranslation, by actor: Author) throws {
        let language = translation.language
        guard (2...8).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            throw CatalogError.invalid([FieldError(field: "language", message: "Lingua non valida.")])
        }
        let fields = [translation.title, translation.summary, translation.description, translation.eligibility, translation.howToApply]
        if fields.contains(where: { $0.count > ServiceTranslation.maxFieldLength }) {
            throw CatalogError.invalid([FieldError(field: "en_description",
                                                   message: "Ogni testo può avere al massimo \(ServiceTranslation.maxFieldLength) caratteri.")])
        }
        try pool.write { db in
            guard try db.queryOne("SELECT 1 FROM service WHERE id = ?", translation.serviceId) != nil else {
                throw CatalogError.notFound
            }
            try AuditLogWriter(clock: clock).record(translation.isEmpty ? "service.translation_deleted" : "service.translation_saved",
                                                    by: actor, entityType: "service", entityID: String(translation.serviceId),
                                                    summary: "Traduzione \(language)", in: db)
            if translation.isEmpty {
                try db.run("DELETE FROM service_translation WHERE service_id = ? AND language = ?", translation.serviceId, language)
                return
            }
            try db.run("""
                INSERT INTO service_translation (service_id, language, title, summary, description, eligibility, how_to_apply, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (service_id, language) DO UPDATE SET title = excluded.title, summary = excluded.summary,
                    description = excluded.description, eligibility = excluded.eligibility,
                    how_to_apply = excluded.how_to_apply, updated_at = excluded.updated_at
                """, translation.serviceId, language, translation.title, translation.summary, translation.description,
                translation.eligibility, translation.howToApply, clock.nowSeconds())
        }
    }
}
