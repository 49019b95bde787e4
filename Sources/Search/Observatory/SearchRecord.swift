import Catalog

/// One public search as the observatory sees it: the filters that matter for the needs
/// analysis and how many results it had. Built by the portal, aggregated by
/// `SearchStatRecorder`; the text is only held in memory until it is classified.
public struct SearchRecord: Sendable, Equatable {
    /// Need codes filtered on (a search with several needs counts once per need).
    public var needCodes: [String]
    /// Target codes filtered on.
    public var targetCodes: [String]
    /// The comune, area or province searched; nil for none.
    public var territoryId: Int64?
    /// Total results.
    public var resultCount: Int
    /// What the visitor typed (never stored as such; see `SearchTermFilter`).
    public var text: String

    public init(needCodes: [String] = [], targetCodes: [String] = [], territoryId: Int64? = nil,
                resultCount: Int, text: String = "") {
        self.needCodes = needCodes
        self.targetCodes = targetCodes
        self.territoryId = territoryId
        self.resultCount = resultCount
        self.text = text
    }
}

/// Result counts in coarse buckets, so the aggregate says "nothing / one / a few / many".
enum ResultBucket: Int, Sendable, CaseIterable, Comparable {
    case none = 0, one = 1, few = 2, some = 3, many = 4

    /// The bucket of `count` results: 0, 1, 2–5, 6–20, more than 20.
    init(count: Int) {
        switch count {
        case ...0: self = .none
        case 1: self = .one
        case 2...5: self = .few
        case 6...20: self = .some
        default: self = .many
        }
    }

    static func < (lhs: ResultBucket, rhs: ResultBucket) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The key of one `search_stat` row.
struct SearchStatKey: Sendable, Hashable {
    var day: CalendarDay
    var needCode: String
    var territoryId: Int64
    var targetCode: String
    /// Whether this is the row of the search's first need (totals count only these).
    var firstNeed: Bool
    var bucket: ResultBucket

    init(day: CalendarDay, needCode: String, territoryId: Int64, targetCode: String, firstNeed: Bool = true,
                bucket: ResultBucket) {
        self.day = day
        self.needCode = needCode
        self.territoryId = territoryId
        self.targetCode = targetCode
        self.firstNeed = firstNeed
        self.bucket = bucket
    }

    /// The rows one search adds to: one per need (at most 5, the first one flagged), with its
    /// target, or `*` for several.
    static func keys(for record: SearchRecord, day: CalendarDay) -> [SearchStatKey] {
        let needs = record.needCodes.isEmpty ? [""] : Array(Set(record.needCodes)).sorted().prefix(5).map { $0 }
        let targets = Set(record.targetCodes)
        let target = targets.count > 1 ? "*" : (targets.first ?? "")
        let bucket = ResultBucket(count: record.resultCount)
        return needs.enumerated().map { index, need in
            SearchStatKey(day: day, needCode: need, territoryId: record.territoryId ?? 0, targetCode: target,
                          firstNeed: index == 0, bucket: bucket)
        }
    }
}

/// Searches and zero-result searches of one word on one day.
struct TermTally: Sendable, Equatable {
    var searches = 0
    var zeroResults = 0

    init(searches: Int = 0, zeroResults: Int = 0) {
        self.searches = searches
        self.zeroResults = zeroResults
    }

    mutating func add(_ other: TermTally) {
        searches += other.searches
        zeroResults += other.zeroResults
    }
}

/// A word of one day, the key of `search_term_stat`.
struct TermKey: Sendable, Hashable {
    var day: CalendarDay
    var term: String

    init(day: CalendarDay, term: String) {
        self.day = day
        self.term = term
    }
}
