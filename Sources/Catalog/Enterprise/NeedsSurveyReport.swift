/// What a firm may see of its survey: k-anonymity with k = 5. Under `threshold` answers nothing
/// is broken down; above it every count under `threshold` reads "meno di 5", and comuni of
/// residence with fewer answers are merged into "Altri comuni". A count whose complement (the
/// answers without it) is under `threshold` reads "tutte tranne meno di 5": otherwise "6 of 6
/// have a person with a disability at home" would tell the firm every respondent's answer. The
/// page and the CSV both use it.
public struct NeedsSurveyReport: Sendable, Equatable {
    public static let threshold = 5

    /// A count as shown: exact, or only "fewer than k".
    public enum Count: Sendable, Equatable {
        case exact(Int)
        case suppressed
        /// All answers but fewer than k have it.
        case nearlyAll

        init(_ value: Int) { self = value < NeedsSurveyReport.threshold ? .suppressed : .exact(value) }

        /// `value` out of `total` answers, suppressed on both sides.
        init(_ value: Int, of total: Int) {
            if value < NeedsSurveyReport.threshold { self = .suppressed }
            else if total - value < NeedsSurveyReport.threshold { self = .nearlyAll }
            else { self = .exact(value) }
        }

        public var label: String {
            switch self {
            case .exact(let value): String(value)
            case .suppressed: "meno di \(NeedsSurveyReport.threshold)"
            case .nearlyAll: "tutte tranne meno di \(NeedsSurveyReport.threshold)"
            }
        }

        public var value: Int? { if case .exact(let value) = self { value } else { nil } }
    }

    public struct Line: Sendable, Equatable {
        public var code: String
        public var label: String
        public var count: Count

        public init(code: String, label: String, count: Count) {
            self.code = code
            self.label = label
            self.count = count
        }
    }

    /// Total answers as shown ("meno di 5" below the threshold).
    public var responses: Count
    /// False when there are too few answers for any breakdown.
    public var hasBreakdown: Bool
    /// Needs in the taxonomy's order, most answered first.
    public var needs: [Line] = []
    /// Comuni with at least k answers by count, then "Altri comuni" (code empty).
    public var comuni: [Line] = []
    public var children: [Line] = []
    public var elderlyCare: Count = .suppressed
    public var disability: Count = .suppressed

    /// - Parameters: `needLabels` in display order (code, label); `comuneNames` by id.
    public init(_ tally: NeedsSurveyTally, needLabels: [(code: String, label: String)], comuneNames: [Int64: String]) {
        responses = Count(tally.responses)
        hasBreakdown = tally.responses >= Self.threshold
        guard hasBreakdown else { return }
        let order = Dictionary(needLabels.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        needs = needLabels.compactMap { need in
            tally.needs[need.code].map { Line(code: need.code, label: need.label, count: Count($0, of: tally.responses)) }
        }.sorted { a, b in
            let left = tally.needs[a.code] ?? 0, right = tally.needs[b.code] ?? 0
            return left != right ? left > right : (order[a.code] ?? 0) < (order[b.code] ?? 0)
        }
        var others = 0
        var shown: [(id: Int64, count: Int)] = []
        for (id, count) in tally.comuni {
            if count >= Self.threshold, comuneNames[id] != nil { shown.append((id, count)) } else { others += count }
        }
        comuni = shown.sorted { a, b in a.count != b.count ? a.count > b.count : (comuneNames[a.id] ?? "") < (comuneNames[b.id] ?? "") }
            .map { Line(code: String($0.id), label: comuneNames[$0.id] ?? "", count: Count($0.count, of: tally.responses)) }
        if others > 0 { comuni.append(Line(code: "", label: "Altri comuni", count: Count(others, of: tally.responses))) }
        children = ChildrenBand.allCases.map { Line(code: $0.rawValue, label: $0.label, count: Count(tally.children[$0] ?? 0, of: tally.responses)) }
        elderlyCare = Count(tally.elderlyCare, of: tally.responses)
        disability = Count(tally.disability, of: tally.responses)
    }

    /// The needs with at least k answers, most answered first (for the matching local services).
    public var topNeeds: [Line] { needs.filter { $0.count != .suppressed } }
}
