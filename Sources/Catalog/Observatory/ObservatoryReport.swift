/// What `/osservatorio` and the operators' dashboard show, for one period and territory.
/// Counts are raw here; suppression of small cells (`KAnonymity`) is applied when shown.
public struct ObservatoryReport: Sendable, Equatable {
    /// A need and its searches (a search with several needs counts for each).
    public struct NeedRow: Sendable, Equatable {
        public var code: String
        public var label: String
        public var searches: Int
        public var zeroResults: Int
    }

    /// A territory unit (a province, or inside a province filter a comune, an area or the
    /// province as a whole) and its searches.
    public struct UnitRow: Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var searches: Int
        public var zeroResults: Int
    }

    /// Need × unit: searches, zero-result searches, and published cards covering the unit.
    public struct Cell: Sendable, Equatable {
        public var needCode: String
        public var unitId: Int64
        public var searches: Int
        public var zeroResults: Int
        public var cards: Int
    }

    /// One period of the timeline (a day `YYYY-MM-DD` or a month `YYYY-MM`).
    public struct PeriodRow: Sendable, Equatable {
        public var period: String
        public var searches: Int
        public var zeroResults: Int
    }

    /// A known word and its searches.
    public struct WordRow: Sendable, Equatable {
        public var term: String
        public var searches: Int
        public var zeroResults: Int
    }

    public var needs: [NeedRow] = []
    public var units: [UnitRow] = []
    public var cells: [Cell] = []
    public var timeline: [PeriodRow] = []
    /// Words that found nothing, most searched first (operators only).
    public var wordsWithoutResults: [WordRow] = []
    /// Total searches in the period and territory (each search once).
    public var totalSearches = 0
    public var totalZeroResults = 0
    /// Labels of every need, by code.
    public var needLabels: [String: String] = [:]
    /// Names of every unit appearing in `units` or `cells`.
    public var unitNames: [Int64: String] = [:]

    init() {}
}

/// Which aggregates to read.
public struct ObservatoryFilter: Sendable, Equatable {
    public var from: CalendarDay
    public var to: CalendarDay
    /// Only searches in this province (territory id); units are then its comuni and areas.
    public var provinceId: Int64?

    public init(from: CalendarDay, to: CalendarDay, provinceId: Int64? = nil) {
        self.from = from
        self.to = to
        self.provinceId = provinceId
    }

    /// Whether the timeline is by day (periods of up to 31 days) or by month.
    var isDaily: Bool { to.unixSeconds - from.unixSeconds <= 31 * 86_400 }
}

/// Small-cell suppression: a count from 1 to k−1 is not shown, so nobody can be singled out
/// from a rare combination of need, place and day. Zero is shown (it identifies no one).
public struct KAnonymity: Sendable, Equatable {
    /// The threshold k. Default 5.
    public var k: Int

    public init(k: Int = 5) { self.k = max(1, k) }

    /// `count`, or nil when it must be suppressed.
    public func shown(_ count: Int) -> Int? { count > 0 && count < k ? nil : count }
}
