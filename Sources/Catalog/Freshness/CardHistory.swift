import Foundation
import Storage

/// One entry of a card's public change log: when, and what changed. Never who, and never the
/// values (a referent's name could be personal data).
public struct CardHistoryEntry: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        /// The first version of the card.
        case created(version: Int)
        /// A later version: the Italian labels of the sections that changed.
        case edited(version: Int, sections: [String])
        /// A translation of the card's texts into `language` was saved; the card's version
        /// does not move (see `TranslationRevision`).
        case translation(language: String, TranslationChange)
    }

    public var at: Date
    public var change: Change

    init(at: Date, change: Change) {
        self.at = at
        self.change = change
    }
}

/// Builds the change log from the saved revisions (each compared with the one before) and the
/// saved translations, interleaved by time.
public struct CardHistory: Sendable {
    private let pool: DatabasePool

    public init(pool: DatabasePool) { self.pool = pool }

    /// Newest first; revisions that changed nothing visible are left out. `limit` bounds the card
    /// revisions and the translation revisions read, each.
    /// - Throws: `SQLiteError`, or a decoding error for a corrupt snapshot.
    public func entries(serviceId: Int64, limit: Int = 200) throws -> [CardHistoryEntry] {
        let (rows, translations) = try pool.read { db in
            let rows = try db.query("""
                SELECT version, created_at, snapshot_json FROM revision WHERE service_id = ? ORDER BY version LIMIT ?
                """, serviceId, limit).map { (try $0.get(0) as Int, try $0.get(1) as Int64, try $0.get(2) as String) }
            return (rows, try TranslationRevisionReader(db: db).revisions(serviceId: serviceId, limit: limit))
        }
        var previous: FieldSnapshot?
        var cardEntries: [CardHistoryEntry] = []
        for (version, at, json) in rows {
            let snapshot = try RevisionSnapshot.decode(json).fields.fieldSnapshot()
            let date = Date(timeIntervalSince1970: Double(at))
            if let previous {
                var labels: [String] = []
                for change in RevisionDiff.changes(from: previous, to: snapshot) where !labels.contains(change.label) {
                    labels.append(change.label)
                }
                if !labels.isEmpty { cardEntries.append(CardHistoryEntry(at: date, change: .edited(version: version, sections: labels))) }
            } else {
                cardEntries.append(CardHistoryEntry(at: date, change: .created(version: version)))
            }
            previous = snapshot
        }
        let translationEntries = translations.map {
            CardHistoryEntry(at: $0.savedAt, change: .translation(language: $0.translation.language, $0.change))
        }
        return Self.interleaved(cardEntries, translationEntries).reversed()
    }

    /// Both lists (each oldest first) merged oldest first; at the same second a card revision
    /// comes before a translation (a card is created before it is translated).
    static func interleaved(_ cards: [CardHistoryEntry], _ translations: [CardHistoryEntry]) -> [CardHistoryEntry] {
        var merged: [CardHistoryEntry] = []
        merged.reserveCapacity(cards.count + translations.count)
        var c = cards[...], t = translations[...]
        while let card = c.first, let translation = t.first {
            if translation.at < card.at { merged.append(t.removeFirst()) } else { merged.append(c.removeFirst()) }
        }
        return merged + c + t
    }
}
