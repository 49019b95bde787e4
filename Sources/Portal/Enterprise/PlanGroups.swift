import Catalog

/// A plan's entries grouped by art. 51 TUIR category in taxonomy order; services a welfare plan
/// cannot pay for come last, under their own heading.
struct PlanGroup: Sendable, Equatable {
    var code: String
    var label: String
    var entries: [WelfarePlanEntry]

    static let notEligibleCode = "non-pagabili"

    static func grouping(_ entries: [WelfarePlanEntry]) -> [PlanGroup] {
        var groups: [PlanGroup] = []
        let eligible = entries.filter { $0.tuirCategoryCode != nil }
            .sorted { ($0.tuirSortOrder, $0.tuirCategoryCode ?? "") < ($1.tuirSortOrder, $1.tuirCategoryCode ?? "") }
        for entry in eligible {
            let code = entry.tuirCategoryCode ?? ""
            if groups.last?.code == code { groups[groups.count - 1].entries.append(entry); continue }
            groups.append(PlanGroup(code: code, label: entry.tuirCategoryLabel ?? code, entries: [entry]))
        }
        let others = entries.filter { $0.tuirCategoryCode == nil }
        if !others.isEmpty {
            groups.append(PlanGroup(code: notEligibleCode, label: "Non pagabili con il welfare aziendale", entries: others))
        }
        return groups
    }
}
