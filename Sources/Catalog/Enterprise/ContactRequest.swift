/// How big the firm asking is (EU recommendation 2003/361: staff headcount bands).
public enum FirmSizeBand: String, Sendable, CaseIterable, Equatable {
    case micro, small = "piccola", medium = "media", large = "grande"

    public var label: String {
        switch self {
        case .micro: "Micro impresa (meno di 10 persone)"
        case .small: "Piccola impresa (da 10 a 49 persone)"
        case .medium: "Media impresa (da 50 a 249 persone)"
        case .large: "Grande impresa (250 persone o più)"
        }
    }
}

/// Where a contact request stands in the provider's queue.
public enum ContactRequestStatus: String, Sendable, CaseIterable, Equatable {
    case new = "nuova", inProgress = "in_corso", closed = "chiusa"

    public var label: String {
        switch self {
        case .new: "Nuova"
        case .inProgress: "In corso"
        case .closed: "Chiusa"
        }
    }
}

/// What a firm fills in to ask the providers of its shortlisted services for information.
public struct ContactRequestDraft: Sendable, Equatable {
    public var firmName: String
    public var sizeBand: FirmSizeBand?
    /// The comune of the firm's seat; nil when what was typed matched no comune.
    public var comuneID: Int64?
    public var contactName: String
    public var contactEmail: String
    public var contactPhone: String
    public var message: String
    /// The privacy notice was explicitly accepted.
    public var consent: Bool

    public init(firmName: String = "", sizeBand: FirmSizeBand? = nil, comuneID: Int64? = nil, contactName: String = "",
                contactEmail: String = "", contactPhone: String = "", message: String = "", consent: Bool = false) {
        self.firmName = firmName
        self.sizeBand = sizeBand
        self.comuneID = comuneID
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.contactPhone = contactPhone
        self.message = message
        self.consent = consent
    }
}

/// A stored request, as one provider organisation sees it.
public struct ContactRequest: Sendable, Equatable {
    public var id: Int64
    public var organizationID: Int64
    public var organizationName: String
    public var firmName: String
    public var sizeBand: FirmSizeBand
    public var comuneName: String
    public var contactName: String
    public var contactEmail: String
    public var contactPhone: String
    public var message: String
    public var status: ContactRequestStatus
    public var createdAt: Int64
    /// Titles and slugs of the services asked about.
    public var services: [(title: String, slug: String)]

    public static func == (a: ContactRequest, b: ContactRequest) -> Bool {
        a.id == b.id && a.status == b.status && a.services.map(\.slug) == b.services.map(\.slug)
    }
}
