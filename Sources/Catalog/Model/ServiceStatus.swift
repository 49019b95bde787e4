/// Life-cycle state of a service card. Only `published` cards are shown to the public.
public enum ServiceStatus: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    /// Being written; visible to editors only.
    case draft
    /// Waiting for a redattore or admin to review it.
    case inReview = "in_review"
    /// Public.
    case published
    /// No longer offered (an `archiveReason` is required); kept for history.
    case archived

    /// Italian label.
    public var label: String {
        switch self {
        case .draft: "Bozza"
        case .inReview: "In revisione"
        case .published: "Pubblicata"
        case .archived: "Archiviata"
        }
    }
}
