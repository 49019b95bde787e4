import Testing
@testable import Catalog

@Suite struct AdminRevisionDiffTests {
    typealias F = FieldSnapshot.Field

    @Test func reportsOnlyChangedFieldsWithLabels() {
        let before = FieldSnapshot([F(key: "title", label: "Titolo", value: "Nido"),
                                    F(key: "summary", label: "Descrizione breve", value: "Per 0-3 anni")])
        let after = FieldSnapshot([F(key: "title", label: "Titolo", value: "Nido comunale"),
                                   F(key: "summary", label: "Descrizione breve", value: "Per 0-3 anni")])
        let changes = RevisionDiff.changes(from: before, to: after)
        #expect(changes == [FieldChange(key: "title", label: "Titolo", before: "Nido", after: "Nido comunale")])
        #expect(changes[0].summary == "Titolo: «Nido» → «Nido comunale»")
        #expect(RevisionDiff.changes(from: after, to: after).isEmpty)
        #expect(RevisionDiff.summary([]) == "Nessuna modifica")
    }

    @Test func fieldMissingOnOneSideCountsAsEmpty() {
        let before = FieldSnapshot([F(key: "old", label: "Vecchio", value: "x")])
        let after = FieldSnapshot([F(key: "new", label: "Nuovo", value: "y")])
        #expect(RevisionDiff.changes(from: before, to: after).map(\.key) == ["new", "old"])
    }

    @Test func summaryNamesAtMostTheLimit() {
        let changes = (0..<7).map { FieldChange(key: "k\($0)", label: "L\($0)", before: "", after: "v") }
        let summary = RevisionDiff.summary(changes, limit: 5)
        #expect(summary.contains("L4") && !summary.contains("L5"))
        #expect(summary.hasSuffix("e altri 2 campi"))
    }

    @Test func lineDiffKeepsCommonLines() {
        let diff = RevisionDiff.lineDiff("a\nb\nc", "a\nx\nc")
        #expect(diff == [.same("a"), .added("x"), .removed("b"), .same("c")]
            || diff == [.same("a"), .removed("b"), .added("x"), .same("c")])
        #expect(RevisionDiff.lineDiff("", "") == [.same("")])
    }
}
