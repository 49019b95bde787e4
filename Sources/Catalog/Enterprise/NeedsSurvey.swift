import Foundation

/// A firm's employee needs questionnaire (`needs_survey`). Open until `closesOn` (inclusive,
/// a `YYYY-MM-DD` day in UTC) unless the firm closed it earlier.
public struct NeedsSurvey: Sendable, Equatable {
    public var id: Int64
    public var publicToken: String
    public var firmName: String
    public var comuneID: Int64?
    public var closesOn: String
    var closedAt: Int64?
    public var createdAt: Int64

    /// Whether staff may still answer on `today` (`YYYY-MM-DD`).
    public func isOpen(today: String) -> Bool { closedAt == nil && today <= closesOn }
}

/// How many children under 14 live in the household.
public enum ChildrenBand: String, Sendable, CaseIterable {
    case none = "nessuno", one = "uno", twoOrMore = "due_o_piu"

    public var label: String {
        switch self {
        case .none: "Nessuno"
        case .one: "Uno"
        case .twoOrMore: "Due o più"
        }
    }
}

/// One anonymous answer: needs from the taxonomy, comune of residence, household.
public struct NeedsSurveyAnswer: Sendable, Equatable {
    public var needCodes: Set<String>
    public var comuneID: Int64?
    public var children: ChildrenBand?
    public var elderlyCare: Bool
    public var disability: Bool

    public init(needCodes: Set<String> = [], comuneID: Int64? = nil, children: ChildrenBand? = nil,
                elderlyCare: Bool = false, disability: Bool = false) {
        self.needCodes = needCodes
        self.comuneID = comuneID
        self.children = children
        self.elderlyCare = elderlyCare
        self.disability = disability
    }
}

/// Raw counts of a survey's answers, before any suppression (`NeedsSurveyReport` applies k).
public struct NeedsSurveyTally: Sendable, Equatable {
    public var responses = 0
    public var needs: [String: Int] = [:]
    /// Answers per comune of residence id; answers without a comune are not counted here.
    public var comuni: [Int64: Int] = [:]
    public var children: [ChildrenBand: Int] = [:]
    public var elderlyCare = 0
    public var disability = 0

    init() {}
}

enum SurveyDay {
    /// The UTC day of `seconds` as `YYYY-MM-DD`.
    static func string(_ seconds: Int64) -> String { CalendarDay(unixSeconds: seconds).iso }

    /// Whether `text` is a real calendar day written `YYYY-MM-DD`.
    static func isValid(_ text: String) -> Bool { CalendarDay(iso: text) != nil }
}
