/// A place where a service is delivered.
public struct ServiceLocation: Sendable, Equatable, Hashable, Codable {
    /// Row id in `location`; `nil` for a location not stored yet.
    public var id: Int64?
    /// Name of the place, e.g. "Sportello di Pinerolo"; may be empty.
    public var name: String
    /// Street and number; `nil` when unknown.
    public var address: String?
    /// Postal code (CAP); `nil` when unknown.
    public var postalCode: String?
    /// The comune where the place is (always known).
    public var comuneId: Int64
    /// Opening hours as Italian free text; `nil` when unknown (never invented).
    public var openingHours: String?
    /// Extra Italian notes (e.g. "su appuntamento").
    public var notes: String
    /// When true the street address must not be shown publicly, only the comune.
    public var isConfidential: Bool

    /// Memberwise initialiser.
    public init(id: Int64? = nil, name: String = "", address: String? = nil, postalCode: String? = nil,
                comuneId: Int64, openingHours: String? = nil, notes: String = "", isConfidential: Bool = false) {
        self.id = id
        self.name = name
        self.address = address
        self.postalCode = postalCode
        self.comuneId = comuneId
        self.openingHours = openingHours
        self.notes = notes
        self.isConfidential = isConfidential
    }
}
