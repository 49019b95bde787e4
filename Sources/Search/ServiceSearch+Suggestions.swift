import Catalog
import Storage

/// Hints for a search that found nothing: wider territories, filters to drop, spellings.
extension ServiceSearch {
    func suggestions(_ q: SearchQuery, filter: SnapshotFilter, text: (docs: [Int32], bands: [UInt8])?,
                     snapshot: SearchSnapshot, evaluation: SnapshotEvaluation, db: Connection) throws -> SearchSuggestions {
        var s = SearchSuggestions()
        let territory = q.territoryId.map { snapshot.proximities(for: $0) }
        for dimension in filter.activeDimensions {
            s.withoutFilter[dimension] = evaluation.failingOnly[dimension] ?? 0
        }
        if text != nil {
            s.withoutFilter[.text] = snapshot.evaluate(filter, candidates: SnapshotCandidates(text: nil, territory: territory)).total
        }
        if let territoryId = q.territoryId {
            s.withoutFilter[.territory] = snapshot.evaluate(filter, candidates: SnapshotCandidates(text: text, territory: nil)).total
            for wider in widerTerritories(of: territoryId, in: snapshot) {
                let count = snapshot.evaluate(filter, candidates: SnapshotCandidates(
                    text: text, territory: snapshot.proximities(for: wider.id))).total
                s.widerTerritories.append(WiderTerritory(territory: wider, count: count))
            }
        }
        if text != nil {
            s.spellings = SpellingSuggester().suggestions(for: matcher.builder.terms(of: q.text).map(\.word),
                                                          vocabulary: snapshot.vocabulary.terms)
        }
        return s
    }

    /// The areas containing a comune (or overlapping an area), then its province(s), then the
    /// region: each strictly wider than `territoryId`.
    func widerTerritories(of territoryId: Int64, in snapshot: SearchSnapshot) -> [TerritoryRef] {
        guard let kind = snapshot.territories[territoryId]?.kind else { return [] }
        let expansion = snapshot.expansion(of: territoryId)
        return expansion
            .filter { id, level in id != territoryId && Int(level) > kind.proximity }
            .compactMap { id, _ in snapshot.territories[id] }
            .sorted { ($0.kind.proximity, $0.name) < ($1.kind.proximity, $1.name) }
    }
}
