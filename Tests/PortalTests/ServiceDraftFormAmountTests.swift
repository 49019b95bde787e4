import HTTPServer
import Testing
@testable import Catalog
@testable import Portal

/// Euro amounts typed in the card form: trailing garbage, extra dots or exponents are errors
/// kept as typed, never silently read as a different amount.
@Suite struct ServiceDraftFormAmountTests {
    static let vocabulary = AdminVocabulary(taxonomies: [:], organizations: [], territories: [])

    static func form(costMin: String) -> ServiceDraftForm {
        let fields = [("cost_kind", "paid"), ("cost_min", costMin)].map { URLEncodedForm.Field(name: $0.0, value: $0.1) }
        return ServiceDraftForm(form: URLEncodedForm(fields: fields), vocabulary: vocabulary)
    }

    @Test(arguments: ["12abc", "12.5.3", "0x10", "1e5", "12,5,0", "-3", "12.345", "€€", "1 2a"])
    func malformedAmountsAreErrorsKeptAsTyped(_ typed: String) {
        let form = Self.form(costMin: typed)
        #expect(form.draft.cost.minCents == nil, "«\(typed)» read as \(String(describing: form.draft.cost.minCents))")
        #expect(form.errors.contains { $0.fieldID == "cost_min" })
        #expect(form.raw["cost_min"] == typed)
    }

    @Test(arguments: [("18,50", 1_850), ("18.5", 1_850), ("€ 7", 700), ("0", 0), ("1 200,00", 120_000), (".5", 50)])
    func wellFormedAmountsAreReadInCents(_ typed: String, _ cents: Int) {
        let form = Self.form(costMin: typed)
        #expect(form.draft.cost.minCents == cents)
        #expect(!form.errors.contains { $0.fieldID == "cost_min" })
    }
}
