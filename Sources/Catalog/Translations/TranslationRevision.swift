import Foundation

/// What a translation save did to the card's translation into one language.
public enum TranslationChange: String, Sendable, Equatable, CaseIterable {
    /// There was none before.
    case added
    /// It replaced a stored one.
    case updated
    /// Every text was emptied, so the translation was deleted.
    case removed

    /// The Italian sentence for histories and the audit log: "Traduzione in inglese aggiornata".
    public func summary(language: String) -> String {
        let name = LanguageNames.italianName(language)
        switch self {
        case .added: return "Traduzione in \(name) aggiunta"
        case .updated: return "Traduzione in \(name) aggiornata"
        case .removed: return "Traduzione in \(name) eliminata"
        }
    }
}

/// One saved translation of a card (table `service_translation_revisions`); never changed or
/// deleted. Card revisions (`Revision`) are whole-card snapshots numbered by the card's version;
/// a translation save does not move that version (open edit forms would conflict), so it is
/// recorded here, in the same transaction as the translation and its audit line.
public struct TranslationRevision: Sendable, Equatable, Identifiable {
    /// Row id.
    public var id: Int64
    /// The texts as saved (all empty when `change` is `.removed`).
    public var translation: ServiceTranslation
    public var change: TranslationChange
    /// The signed-in user who saved it; `nil` for the system or a deleted user.
    var authorUserId: Int64?
    /// Name or e-mail of the author at the time, or `"sistema"`.
    public var author: String
    /// When it was saved (whole seconds).
    public var savedAt: Date
    /// What happened, in Italian (`TranslationChange.summary(language:)`).
    public var changeSummary: String

    init(id: Int64, translation: ServiceTranslation, change: TranslationChange, authorUserId: Int64?,
                author: String, savedAt: Date, changeSummary: String) {
        self.id = id
        self.translation = translation
        self.change = change
        self.authorUserId = authorUserId
        self.author = author
        self.savedAt = savedAt
        self.changeSummary = changeSummary
    }
}
