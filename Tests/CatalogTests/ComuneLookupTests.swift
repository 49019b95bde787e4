import Testing
@testable import Catalog

@Suite struct ComuneLookupTests {
    struct Town: Sendable, Equatable {
        var name: String, code: String, slug: String, province: String, caps: [String], capital: Bool
    }

    static let towns = [
        Town(name: "Villanova Mondovì", code: "004245", slug: "villanova-mondovi", province: "CN", caps: ["12089"], capital: false),
        Town(name: "Mondovì", code: "004130", slug: "mondovi", province: "CN", caps: ["12084"], capital: false),
        Town(name: "Montà", code: "004131", slug: "monta", province: "CN", caps: ["12046"], capital: false),
        Town(name: "Montanaro", code: "001159", slug: "montanaro", province: "TO", caps: ["10017"], capital: false),
        Town(name: "Monta", code: "099999", slug: "monta-xx", province: "TO", caps: ["10017"], capital: true),
        Town(name: "Sant'Antonino di Susa", code: "001250", slug: "sant-antonino-di-susa", province: "TO", caps: ["10050"], capital: false),
    ]

    let lookup = ComuneLookup(Self.towns) {
        .init(name: $0.name, istatCode: $0.code, slug: $0.slug, provinceCode: $0.province, postalCodes: $0.caps,
              isCapoluogo: $0.capital)
    }

    func names(_ towns: [Town]) -> [String] { towns.map(\.name) }

    @Test func keysIgnoreAccentsCaseApostrophesAndSpacing() {
        #expect(ComuneLookup<Town>.key("  Sant'Antonino -  di SUSA ") == "sant antonino di susa")
        #expect(ComuneLookup<Town>.key("Mondovì") == "mondovi")
        #expect(ComuneLookup<Town>.key("'-") == "")
    }

    @Test func exactNamesSlugsCodesAndPostalCodes() {
        #expect(names(lookup.named("MONTA")) == ["Montà", "Monta"])
        #expect(lookup.withSlug("monta-xx")?.code == "099999")
        #expect(lookup.withSlug("monta xx") == nil)
        #expect(names(lookup.withPostalCode("10017")) == ["Montanaro", "Monta"])
        #expect(lookup.first(codeOrName: " 001159 ")?.name == "Montanaro")
        #expect(lookup.first(codeOrName: "sant antonino di susa")?.code == "001250")
        #expect(lookup.first(codeOrName: "monta")?.code == "004131")
        #expect(lookup.first(codeOrName: "mont") == nil)
        #expect(ComuneLookup<Town>.isPostalCode("12084") && !ComuneLookup<Town>.isPostalCode("1208") && !ComuneLookup<Town>.isPostalCode("12a84"))
    }

    @Test func beginningThenWordKeepsTheGivenOrderInEachGroup() {
        #expect(names(lookup.candidates("mondo", limit: 10, ranking: .beginningThenWord)) == ["Mondovì", "Villanova Mondovì"])
        #expect(names(lookup.candidates("mont", limit: 2, ranking: .beginningThenWord)) == ["Montà", "Montanaro"])
        #expect(names(lookup.candidates("antonino di", limit: 10, ranking: .beginningThenWord)) == ["Sant'Antonino di Susa"])
        #expect(names(lookup.candidates("1001", limit: 10, ranking: .beginningThenWord)) == ["Montanaro", "Monta"])
        #expect(lookup.candidates("  ", limit: 10, ranking: .beginningThenWord).isEmpty)
        #expect(lookup.candidates("mont", limit: -1, ranking: .beginningThenWord).isEmpty)
    }

    @Test func exactThenCapitalsPutsExactNamesAndCapitalsFirst() {
        #expect(names(lookup.candidates("monta", limit: 10, ranking: .exactThenCapitals)) == ["Monta", "Montà", "Montanaro"])
        #expect(names(lookup.candidates("mondovi", limit: 10, ranking: .exactThenCapitals)) == ["Mondovì", "Villanova Mondovì"])
        #expect(names(lookup.candidates("antonino di", limit: 10, ranking: .exactThenCapitals)) == ["Sant'Antonino di Susa"])
    }

    @Test func nearSpellingsAllowOneEditPerFourLetters() {
        #expect(names(lookup.nearSpellings(of: "Montanaaro", limit: 5)) == ["Montanaro"])
        #expect(names(lookup.nearSpellings(of: "Mondavi", limit: 5)) == ["Mondovì"])
        #expect(lookup.nearSpellings(of: "Mandavi", limit: 5).isEmpty)
        #expect(lookup.nearSpellings(of: "mo", limit: 5).isEmpty)
    }
}
