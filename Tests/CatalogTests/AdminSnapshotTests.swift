import Testing
@testable import Catalog

@Suite struct AdminSnapshotTests {
    @Test func snapshotKeysMatchValidatorFieldIds() {
        let keys = Set(ServiceDraft(organizationId: 1, title: "T", serviceTypeCode: "x").fieldSnapshot().fields.map(\.key))
        for field in ["organization_id", "title", "summary", "service_type", "needs", "cost_unit", "contact_email",
                      "territories", "valid_from", "archive_reason"] {
            #expect(keys.contains(field))
        }
    }

    @Test func diffOfTwoDraftsNamesChangedFieldsWithLabels() {
        var before = ServiceDraft(organizationId: 1, title: "Nido", serviceTypeCode: "nido", needCodes: ["famiglia"])
        before.cost = CostModel(kind: .paid, minCents: 1850)
        var after = before
        after.title = "Nido comunale"
        after.cost.minCents = 2000
        after.needCodes = ["famiglia", "lavoro"]
        let names = SnapshotNames(codes: ["famiglia": "Figli e famiglia", "lavoro": "Lavoro"])
        let changes = RevisionDiff.changes(from: before.fieldSnapshot(names: names), to: after.fieldSnapshot(names: names))
        #expect(changes.map(\.label) == ["Titolo", "Bisogni", "Importo minimo"])
        #expect(changes[1].after == "Figli e famiglia, Lavoro")
        #expect(changes[2].before == "18,50 €" && changes[2].after == "20,00 €")
    }
}
