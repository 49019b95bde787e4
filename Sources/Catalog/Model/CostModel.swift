/// What a service costs (quanto costa). Amounts are euro cents; `nil` means unknown.
public struct CostModel: Sendable, Equatable, Hashable, Codable {
    /// The kind of cost.
    public var kind: CostKind
    /// Lowest amount in euro cents (e.g. 1500 = 15,00 €).
    public var minCents: Int?
    /// Highest amount in euro cents; equal to `minCents` for a fixed price.
    public var maxCents: Int?
    /// What the amount refers to, in Italian, e.g. `"all'ora"`; empty when not applicable.
    public var unit: String
    /// Codes of accepted `payment_method` terms.
    public var paymentMethodCodes: [String]
    /// Free Italian notes, e.g. "in base all'ISEE".
    public var notes: String

    /// Memberwise initialiser.
    public init(kind: CostKind = .unknown, minCents: Int? = nil, maxCents: Int? = nil, unit: String = "",
                paymentMethodCodes: [String] = [], notes: String = "") {
        self.kind = kind
        self.minCents = minCents
        self.maxCents = maxCents
        self.unit = unit
        self.paymentMethodCodes = paymentMethodCodes
        self.notes = notes
    }
}
