import Catalog
import Storage

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
        let docs = try matchingDocs(expression, snapshot: snapshot, db: db)
        if docs.count <= exactRankingLimit {
            return try ranked(expression, snapshot: snapshot, db: db)
        }
        var inTitle = [Bool](repeating: false, count: snapshot.count)
        if let title = builder.titleExpression(for: query.text, prefixLastWord: query.prefixLastWord) {
            for doc in try matchingDocs(title, snapshot: snapshot, db: db) { inTitle[Int(doc)] = true }
        }
        return (docs, docs.map { inTitle[Int($0)] ? 10 : 5 })
    }

    /// Docs whose rowid matches `expression`, stepping the statement directly (no row copies).
    func matchingDocs(_ expression: String, snapshot: SearchSnapshot, db: Connection) throws -> [Int32] {
        let statement = try db.prepare("SELECT rowid FROM service_fts WHERE service_fts MATCH ?")
        defer { statement.reset() }
        try statement.bind([expression])
        var docs: [Int32] = []
        while try statement.step() {
            if case .integer(let id) = statement.columnValue(0), let doc = snapshot.doc(forServiceID: id) {
                docs.append(doc)
            }
        }
        return docs
    }

    func ranked(_ expression: String, snapshot: SearchSnapshot, db: Connection) throws -> (docs: [Int32], bands: [UInt8]) {
        var scored: [(doc: Int32, score: Double)] = []
        try db.forEachRow("SELECT rowid, bm25(service_fts, 8.0, 4.0, 1.0) FROM service_fts WHERE service_fts MATCH ?",
                          arguments: [expression]) { row in
            guard let id = row[0].searchInt, let doc = snapshot.doc(forServiceID: id),
                  let score = row[1].searchDouble else { return }
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
