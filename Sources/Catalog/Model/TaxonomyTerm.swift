/// One entry of a controlled vocabulary (a need, a target, a delivery mode, …).
///
/// `code` is stable (ASCII snake_case, used in URLs, filters and imports); `label` is the
/// Italian text shown to people and may change.
public struct TaxonomyTerm: Sendable, Equatable, Hashable, Identifiable {
    /// Stable code, e.g. `"anziani"`.
    public var code: String
    /// Italian label, e.g. `"Cura e assistenza anziani"`.
    public var label: String
    /// Optional longer Italian explanation; empty when none.
    public var description: String
    /// Position in lists (ascending).
    public var sortOrder: Int

    /// The code doubles as identity.
    public var id: String { code }

    /// Memberwise initialiser.
    public init(code: String, label: String, description: String = "", sortOrder: Int) {
        self.code = code
        self.label = label
        self.description = description
        self.sortOrder = sortOrder
    }
}
