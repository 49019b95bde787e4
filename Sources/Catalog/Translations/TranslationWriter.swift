import Foundation
import Storage
import Accounts

/// Stores a card's translation inside the caller's write transaction, with its audit line.
/// Internal: operators go through `CardEditor.saveTranslation` (permission first), the system
/// through `SystemCatalogWriter.saveTranslation`. An all-empty translation deletes the row.
struct TranslationWriter: Sendable {
    let audit: AuditLogWriter
    let clock: any AuthClock

    /// - Throws: `CatalogError.invalid` for a bad language tag or an over-long field.
    static func validate(_ translation: ServiceTranslation) throws {
        let language = translation.language
        guard (2...8).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            throw CatalogError.invalid([FieldError(field: "language", message: "Lingua non valida.")])
        }
        let fields = [translation.title, translation.summary, translation.description, translation.eligibility, translation.howToApply]
        if fields.contains(where: { $0.count > ServiceTranslation.maxFieldLength }) {
            throw CatalogError.invalid([FieldError(field: "en_description",
                                                   message: "Ogni testo può avere al massimo \(ServiceTranslation.maxFieldLength) caratteri.")])
        }
    }

    /// The organisation of card `serviceId`. - Throws: `CatalogError.notFound`.
    static func organization(ofService serviceId: Int64, in db: Connection) throws -> Int64 {
        guard let org: Int64 = try db.scalar("SELECT organization_id FROM service WHERE id = ?", serviceId) else {
            throw CatalogError.notFound
        }
        return org
    }

    /// Writes (or deletes, when empty) `translation` and its audit line by `actor`.
    func write(_ translation: ServiceTranslation, by actor: Author, in db: Connection) throws {
        try Self.validate(translation)
        _ = try Self.organization(ofService: translation.serviceId, in: db)
        let language = translation.language
        try audit.record(translation.isEmpty ? "service.translation_deleted" : "service.translation_saved",
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
