/// Anonymous, aggregated count of searches for one need in one territory on one day.
public struct SearchStat: Sendable, Equatable, Hashable {
    /// The day (UTC).
    public var day: CalendarDay
    /// Need code searched, or `""` for searches without a need filter.
    public var needCode: String
    /// Territory searched, or 0 for searches without a territory filter.
    public var territoryId: Int64
    /// Number of searches.
    public var searches: Int
    /// How many of them returned no result.
    public var zeroResults: Int

    /// Memberwise initialiser.
    public init(day: CalendarDay, needCode: String, territoryId: Int64, searches: Int, zeroResults: Int) {
        self.day = day
        self.needCode = needCode
        self.territoryId = territoryId
        self.searches = searches
        self.zeroResults = zeroResults
    }
}
