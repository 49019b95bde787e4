import Foundation
import Storage

/// One entry of a card's public change log: when, and which sections changed. Never who,
/// and never the values (a referent's name could be personal data).
public struct CardHistoryEntry: Sendable, Equatable {
    public var version: Int
    public var at: Date
    /// Italian labels of the changed sections; empty for the first version (created).
    public var sections: [String]

    public init(version: Int, at: Date, sections: [String]) {
        self.version = version
        self.at = at
        self.sections = sections
    }
}

/// Builds the change log from the saved revisions (each compared with the one before).
public struct CardHistory: Sendable {
    private let pool: DatabasePool

    public init(pool: DatabasePool) { self.pool = pool }

    /// Newest first; revisions that changed nothing visible are left out.
    /// - Throws: `SQLiteError`, or a decoding error for a corrupt snapshot.
    public func entries(serviceId: Int64, limit: Int = 200) throws -> [CardHistoryEntry] {
        let rows = try pool.read { db in
            try db.query("""
                SELECT version, created_at, snapshot_json FROM revision WHERE service_id = ? ORDER BY version LIMIT ?
                """, serviceId, limit).map { (try $0.get(0) as Int, try $0.get(1) as Int64, try $0.get(2) as String) }
        }
        var previous: FieldSnapshot?
        var out: [CardHistoryEntry] = []
        for (version, at, json) in rows {
            let snapshot = try RevisionSnapshot.decode(json).fields.fieldSnapshot()
            let date = Date(timeIntervalSince1970: Double(at))
            if let previous {
                var labels: [String] = []
                for change in RevisionDiff.changes(from: previous, to: snapshot) where !labels.contains(change.label) {
                    labels.append(change.label)
                }
                if !labels.isEmpty { out.append(CardHistoryEntry(version: version, at: date, sections: labels)) }
            } else {
                out.append(CardHistoryEntry(version: version, at: date, sections: []))
            }
            previous = snapshot
        }
        return out.reversed()
    }
}
