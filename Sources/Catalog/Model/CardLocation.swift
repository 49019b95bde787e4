/// A delivery place together with its comune, ready to show on a card.
/// Check `location.isConfidential` before showing `location.address`.
public struct CardLocation: Sendable, Equatable, Hashable {
    /// The place.
    public var location: ServiceLocation
    /// Its comune.
    public var comune: TerritoryRef

    /// Memberwise initialiser.
    public init(location: ServiceLocation, comune: TerritoryRef) {
        self.location = location
        self.comune = comune
    }
}
