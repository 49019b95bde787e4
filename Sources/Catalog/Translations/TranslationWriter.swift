import Foundation
import Storage
import Accounts

/// Stores a card's translation inside the caller's write transaction, with its revision and
/// its audit line.
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

    /// Writes (or deletes, when empty) `translation`, its revision (`service_translation_revisions`)
    /// and its audit line by `actor`: all three or, when one fails, none (the caller's transaction
    /// rolls back). The card's version is not touched, so open edit forms of the card stay valid.
    /// An empty save when no translation is stored changes nothing and records nothing.
    func write(_ translation: ServiceTranslation, by actor: Author, in db: Connection) throws {
        try Self.validate(translation)
        _ = try Self.organization(ofService: translation.serviceId, in: db)
        let serviceId = translation.serviceId, language = translation.language
        let stored = try db.queryOne("SELECT 1 FROM service_translation WHERE service_id = ? AND language = ?",
                                     serviceId, language) != nil
        let change: TranslationChange = translation.isEmpty ? .removed : (stored ? .updated : .added)
        if change == .removed && !stored { return }
        let now = clock.nowSeconds()
        if change == .removed {
            try db.run("DELETE FROM service_translation WHERE service_id = ? AND language = ?", serviceId, language)
        } else {
            try db.run("""
                INSERT INTO service_translation (service_id, language, title, summary, description, eligibility, how_to_apply, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (service_id, language) DO UPDATE SET title = excluded.title, summary = excluded.summary,
                    description = excluded.description, eligibility = excluded.eligibility,
                    how_to_apply = excluded.how_to_apply, updated_at = excluded.updated_at
                """, serviceId, language, translation.title, translation.summary, translation.description,
                translation.eligibility, translation.howToApply, now)
        }
        let summary = change.summary(language: language)
        try db.run("""
            INSERT INTO service_translation_revisions (service_id, language, title, summary, description, eligibility,
                how_to_apply, change_kind, author_user_id, author, saved_at, change_summary)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, serviceId, language, translation.title, translation.summary, translation.description,
            translation.eligibility, translation.howToApply, change.rawValue, actor.userId, actor.name, now, summary)
        try audit.record(change == .removed ? "service.translation_deleted" : "service.translation_saved",
                         by: actor, entityType: "service", entityID: String(serviceId), summary: summary,
                         after: ["language": language, "change": change.rawValue], in: db)
    }
}
