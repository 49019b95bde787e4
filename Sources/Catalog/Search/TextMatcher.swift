/// Runs the FTS5 part of a search: which docs match the text and how well.
///
/// bm25 (sqlite.org/fts5.html §5.1.1) costs about 1–2 µs per matching row, too much when a
/// common word matches tens of thousands of cards. So: the matching rowids are fetched in one
/// `group_concat` (cheap); when at most `exactRankingLimit` match, bm25 ranks them (weights:
/// title 8, title stems 4, body stems 1) and each gets a band 0…10 relative to the best score;
/// beyond that, cards matching in the title get band 10 and the others band 5.
struct TextMatcher {
    var exactRankingLimit = 1_000
    let builder = FTSQueryBuilder()

    /// Matching docs with their bands; nil when the text has no meaningful word.
    func matches(for query: SearchQuery, snapshot: SearchSnapshot,
                 db: Connection) throws -> (docs: [Int32], bands: [UInt8])? {
        guard let expression = builder.matchExpression(for: query.text, prefixLastWord: query.prefixLastWord) else {
            return nil
        }
        let ids = try rowids(expression, db: db)
        if ids.count <= exactRankingLimit {
            return try ranked(expression, snapshot: snapshot, db: db)
        }
        var inTitle = Set<Int64>()
        if let title = builder.titleExpression(for: query.text, prefixLastWord: query.prefixLastWord) {
            inTitle = Set(try rowids(title, db: db))
        }
        var docs: [Int32] = []
        var bands: [UInt8] = []
        docs.reserveCapacity(ids.count)
        for id in ids {
            guard let doc = snapshot.docByServiceID[id] else { continue }
            docs.append(doc)
            bands.append(inTitle.contains(id) ? 10 : 5)
        }
        return (docs, bands)
    }

    func rowids(_ expression: String, db: Connection) throws -> [Int64] {
        let csv = try db.scalar("SELECT group_concat(rowid) FROM service_fts WHERE service_fts MATCH ?",
                                expression, as: String?.self) ?? nil
        guard let csv else { return [] }
        return csv.split(separator: ",").compactMap { Int64($0) }
    }

    func ranked(_ expression: String, snapshot: SearchSnapshot, db: Connection) throws -> (docs: [Int32], bands: [UInt8]) {
        var scored: [(doc: Int32, score: Double)] = []
        try db.forEachRow("SELECT rowid, bm25(service_fts, 8.0, 4.0, 1.0) FROM service_fts WHERE service_fts MATCH ?",
                          arguments: [expression]) { row in
            guard let id = row[0].searchInt, let doc = snapshot.docByServiceID[id], let score = row[1].searchDouble else { return }
            scored.append((doc, score))
        }
        // bm25() is negative: the more negative, the better.
        let best = scored.map(\.score).min() ?? 0
        let bands = scored.map { item -> UInt8 in
            guard best < 0 else { return 10 }
            return UInt8(clamping: Int((item.score / best * 10).rounded(.down)))
        }
        return (scored.map(\.doc), bands)
    }
}
