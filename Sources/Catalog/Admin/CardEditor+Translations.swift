import Foundation
import Accounts

extension CardEditor {
    /// Stores a card's translation (replacing any previous one; all-empty deletes it) when `user`
    /// may edit the card, asked inside the same write transaction as the row, its translation
    /// revision and its audit line. The card's version does not move (open edit forms stay valid).
    /// - Throws: `AuthError.forbidden`, `CatalogError.invalid` (language tag, over-long field),
    ///   `CatalogError.notFound`, `SQLiteError`.
    public func saveTranslation(_ translation: ServiceTranslation, by user: Operator) throws {
        try TranslationWriter.validate(translation)
        try database.write { db in
            let org = try TranslationWriter.organization(ofService: translation.serviceId, in: db)
            try require(user, .editCard(organizationID: org))
            try TranslationWriter(audit: audit, clock: clock).write(translation, by: Author(user), in: db)
        }
    }
}
