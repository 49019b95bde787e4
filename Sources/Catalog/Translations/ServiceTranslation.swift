/// A card's citizen-facing texts in another language than Italian (table `service_translation`).
/// An empty field means "not translated": the page shows the Italian text with a notice.
public struct ServiceTranslation: Sendable, Equatable {
    public var serviceId: Int64
    /// Lower-case primary language tag (`en`).
    public var language: String
    public var title: String
    public var summary: String
    public var description: String
    /// Who may use it and on which conditions (the Italian "Condizioni").
    public var eligibility: String
    /// How to apply (the Italian "Come fare").
    public var howToApply: String

    public init(serviceId: Int64, language: String, title: String = "", summary: String = "", description: String = "",
                eligibility: String = "", howToApply: String = "") {
        self.serviceId = serviceId
        self.language = language
        self.title = title
        self.summary = summary
        self.description = description
        self.eligibility = eligibility
        self.howToApply = howToApply
    }

    /// Whether no field is filled in.
    public var isEmpty: Bool {
        [title, summary, description, eligibility, howToApply].allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// The longest text accepted per field, in characters.
    public static let maxFieldLength = 20_000
}
