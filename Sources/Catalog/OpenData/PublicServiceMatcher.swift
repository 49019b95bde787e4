/// What `OpenDataCatalog` needs from the portal's search, defined here so Catalog does not
/// depend on the Search module (Search's `ServiceSearch` conforms).
public protocol PublicServiceMatcher: Sendable {
    /// The current day, to leave out cards whose validity ended.
    var today: @Sendable () -> CalendarDay? { get }
    /// Ids of the public cards whose text matches `text` and that reach `territoryId`.
    /// - Throws: `SQLiteError`.
    func publicServiceIDs(text: String, territoryId: Int64?) throws -> Set<Int64>
}
