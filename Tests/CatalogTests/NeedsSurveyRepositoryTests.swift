import Testing
@testable import Catalog
@testable import Crypto
@testable import Accounts
import TestSupport

/// Issue 10: the employee needs questionnaire's storage and the k = 5 suppression of its report.
@Suite struct NeedsSurveyRepositoryTests {
    func fixture() throws -> (CatalogFixture, NeedsSurveyRepository, ManualClock) {
        let fixture = try CatalogFixture()
        let clock = ManualClock(now: 1_780_000_000)   // 2026-05-28 UTC
        return (fixture, NeedsSurveyRepository(database: fixture.pool, clock: clock, random: SystemRandomSource()), clock)
    }

    func needCodes(_ fixture: CatalogFixture, _ count: Int) throws -> [String] {
        try fixture.pool.read { try $0.query("SELECT code FROM need ORDER BY sort_order LIMIT ?", count).map { try $0.get("code") } }
    }

    @Test func createStoresOnlyTheAdminTokensHashAndAudits() throws {
        let (fixture, repository, _) = try fixture()
        defer { fixture.remove() }
        let created = try repository.create(firmName: "Officine Bianchi", comuneID: nil, closesOn: "2026-06-30")
        #expect(created.adminToken != created.publicToken && created.adminToken.count == 32)
        let stored = try fixture.pool.read { try $0.scalar("SELECT admin_token_hash FROM needs_survey", as: String.self) }
        #expect(stored == SHA256.hexDigest(created.adminToken))
        #expect(try repository.survey(adminToken: created.adminToken)?.id == created.id)
        #expect(try repository.survey(adminToken: created.publicToken) == nil)
        #expect(try repository.survey(publicToken: created.publicToken)?.firmName == "Officine Bianchi")
        #expect(try repository.survey(publicToken: created.adminToken) == nil)
        #expect(try fixture.pool.read { try $0.scalar("SELECT count(*) FROM audit_log WHERE action = 'needs_survey.create'", as: Int.self) } == 1)
    }

    @Test func badInputIsRefusedAndNothingIsStored() throws {
        let (fixture, repository, _) = try fixture()
        defer { fixture.remove() }
        for (name, day) in [("", "2026-06-30"), (String(repeating: "a", count: 201), "2026-06-30"), ("Ok", "2026-02-30"),
                            ("Ok", "30/06/2026"), ("Ok", "2026-05-27"), ("Ok", "2027-06-30")] {
            #expect(throws: CatalogError.self) { try repository.create(firmName: name, comuneID: nil, closesOn: day) }
        }
        #expect(try fixture.pool.read { try $0.scalar("SELECT count(*) FROM needs_survey", as: Int.self) } == 0)
        let survey = try repository.create(firmName: "Ok", comuneID: nil, closesOn: "2026-05-28")
        #expect(throws: CatalogError.self) { try repository.answer(surveyID: survey.id, NeedsSurveyAnswer(needCodes: ["non-esiste"], children: .none)) }
        #expect(throws: CatalogError.self) { try repository.answer(surveyID: survey.id, NeedsSurveyAnswer(needCodes: [], children: .none)) }
        #expect(throws: CatalogError.self) { try repository.answer(surveyID: survey.id, NeedsSurveyAnswer(needCodes: Set(try needCodes(fixture, 1)))) }
        #expect(try repository.tally(surveyID: survey.id).responses == 0)
    }

    @Test func answersAreCountedAndAClosedSurveyRefusesThem() throws {
        let (fixture, repository, clock) = try fixture()
        defer { fixture.remove() }
        let codes = try needCodes(fixture, 2)
        let comune = try fixture.pool.read { try $0.scalar("SELECT id FROM comune ORDER BY id LIMIT 1", as: Int64.self) }
        let survey = try repository.create(firmName: "Ok", comuneID: comune, closesOn: "2026-05-29")
        try repository.answer(surveyID: survey.id, NeedsSurveyAnswer(needCodes: Set(codes), comuneID: comune, children: .one, elderlyCare: true))
        try repository.answer(surveyID: survey.id, NeedsSurveyAnswer(needCodes: [codes[0]], children: .twoOrMore, disability: true))
        let tally = try repository.tally(surveyID: survey.id)
        #expect(tally.responses == 2 && tally.needs == [codes[0]: 2, codes[1]: 1])
        #expect(tally.comuni == [comune!: 1] && tally.children == [.one: 1, .twoOrMore: 1])
        #expect(tally.elderlyCare == 1 && tally.disability == 1)
        clock.advance(by: 2 * 86_400)   // past the closing day
        #expect(throws: CatalogError.notFound) { try repository.answer(surveyID: survey.id, NeedsSurveyAnswer(needCodes: [codes[0]], children: .none)) }
        let early = try repository.create(firmName: "Ok", comuneID: nil, closesOn: "2026-06-30")
        try repository.close(id: early.id)
        try repository.close(id: early.id)
        #expect(throws: CatalogError.notFound) { try repository.answer(surveyID: early.id, NeedsSurveyAnswer(needCodes: [codes[0]], children: .none)) }
        #expect(try fixture.pool.read { try $0.scalar("SELECT count(*) FROM audit_log WHERE action = 'needs_survey.close'", as: Int.self) } == 1)
    }

    @Test func theReportSuppressesCountsUnderFive() {
        let labels = [(code: "a", label: "Anziani"), (code: "b", label: "Bambini"), (code: "c", label: "Casa")]
        var tally = NeedsSurveyTally()
        tally.responses = 4
        tally.needs = ["a": 4]
        let few = NeedsSurveyReport(tally, needLabels: labels, comuneNames: [1: "Pinerolo"])
        #expect(!few.hasBreakdown && few.responses.label == "meno di 5" && few.needs.isEmpty && few.comuni.isEmpty)

        tally.responses = 12
        tally.needs = ["a": 3, "b": 9, "c": 5]
        tally.comuni = [1: 7, 2: 2, 3: 1]
        tally.children = [.none: 8, .one: 4]
        tally.elderlyCare = 5
        tally.disability = 1
        let report = NeedsSurveyReport(tally, needLabels: labels, comuneNames: [1: "Pinerolo", 2: "Bra", 3: "Alba"])
        #expect(report.hasBreakdown && report.responses == .exact(12))
        #expect(report.needs.map(\.code) == ["b", "c", "a"])
        // 9 of 12: only 3 answers lack it, so the exact figure is hidden on that side too.
        #expect(report.needs.map(\.count.label) == ["tutte tranne meno di 5", "5", "meno di 5"])
        #expect(report.topNeeds.map(\.code) == ["b", "c"])
        #expect(report.comuni.map(\.label) == ["Pinerolo", "Altri comuni"])
        #expect(report.comuni.map(\.count.label) == ["7", "meno di 5"])
        #expect(report.children.map(\.count.label) == ["tutte tranne meno di 5", "meno di 5", "meno di 5"])
        #expect(report.elderlyCare == .exact(5) && report.disability == .suppressed)
    }

    @Test func aCountEveryoneSharesDoesNotRevealEachAnswer() {
        var tally = NeedsSurveyTally()
        tally.responses = 6
        tally.needs = ["a": 6]
        tally.comuni = [1: 6]
        tally.disability = 6
        let report = NeedsSurveyReport(tally, needLabels: [(code: "a", label: "Anziani")], comuneNames: [1: "Pinerolo"])
        #expect(report.needs.map(\.count) == [.nearlyAll] && report.topNeeds.map(\.code) == ["a"])
        #expect(report.comuni.map(\.count) == [.nearlyAll])
        #expect(report.disability == .nearlyAll && report.disability.label == "tutte tranne meno di 5")
        #expect(!report.disability.label.contains("6"))
    }
}
