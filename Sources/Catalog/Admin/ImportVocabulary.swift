/// What a CSV row may refer to, loaded from the database before mapping rows: taxonomy codes,
/// organisations by slug, territories by their import code.
struct ImportVocabulary: Sendable {
    var organizationsBySlug: [String: Int64]
    /// Comune territory ids by 6-digit ISTAT code.
    var comuniByISTAT: [String: Int64]
    /// Any territory by import code: comune ISTAT code, province sigla (`TO`), area code, `piemonte`.
    var territoriesByCode: [String: Int64]
    var serviceTypes: Set<String>
    var needs: Set<String>
    var targets: Set<String>
    var deliveryModes: Set<String>
    var paymentMethods: Set<String>
    var tuirCategories: Set<String>

    init(organizationsBySlug: [String: Int64] = [:], comuniByISTAT: [String: Int64] = [:],
                territoriesByCode: [String: Int64] = [:], serviceTypes: Set<String> = [], needs: Set<String> = [],
                targets: Set<String> = [], deliveryModes: Set<String> = [], paymentMethods: Set<String> = [],
                tuirCategories: Set<String> = []) {
        self.organizationsBySlug = organizationsBySlug
        self.comuniByISTAT = comuniByISTAT
        self.territoriesByCode = territoriesByCode
        self.serviceTypes = serviceTypes
        self.needs = needs
        self.targets = targets
        self.deliveryModes = deliveryModes
        self.paymentMethods = paymentMethods
        self.tuirCategories = tuirCategories
    }
}

/// One problem found in an import file: the physical line, the column, and the reason in Italian.
public struct ImportProblem: Sendable, Equatable {
    public var line: Int
    public var column: String
    public var reason: String

    init(line: Int, column: String, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }
}

/// A row that mapped cleanly to a card draft.
struct ImportRow: Sendable, Equatable {
    var line: Int
    var externalId: String
    var draft: ServiceDraft

    init(line: Int, externalId: String, draft: ServiceDraft) {
        self.line = line
        self.externalId = externalId
        self.draft = draft
    }
}
