import Catalog
import HTTPServer
import Testing
@testable import Portal

@Suite struct ComuneDirectoryTests {
    static func comune(_ id: Int64, _ name: String, _ slug: String, _ province: String, _ caps: [String]) -> Comune {
        Comune(id: id, istatCode: String(id), name: name, slug: slug, provinceId: 1, provinceCode: province,
               cadastralCode: "X", nuts3: "ITC1", postalCodes: caps, isCapoluogo: false)
    }

    let directory = ComuneDirectory(comuni: [
        comune(1, "Mondovì", "mondovi", "CN", ["12084"]),
        comune(2, "Sant'Antonino di Susa", "sant-antonino-di-susa", "TO", ["10050"]),
        comune(3, "Samone", "samone-to", "TO", ["10010"]),
        comune(4, "Samone", "samone-xx", "CN", ["12000"]),
        comune(5, "Pinerolo", "pinerolo", "TO", ["10064"]),
        comune(6, "Pinasca", "pinasca", "TO", ["10060"]),
        comune(7, "Perrero", "perrero", "TO", ["10060"]),
    ])

    @Test(arguments: ["Mondovì", "mondovi", "MONDOVI'", " mondovì ", "12084", "mondovi"])
    func resolvesNamesWithoutAccentsOrCaseAndPostalCodes(_ typed: String) {
        #expect(directory.resolve(typed) == .found(Self.comune(1, "Mondovì", "mondovi", "CN", ["12084"])))
    }

    @Test func apostrophesAndHyphensDoNotMatter() {
        guard case .found(let comune) = directory.resolve("sant antonino di susa") else {
            Issue.record("not found")
            return
        }
        #expect(comune.slug == "sant-antonino-di-susa")
    }

    @Test func sameNameInTwoProvincesIsAmbiguousUnlessTheProvinceIsGiven() {
        guard case .ambiguous(let both) = directory.resolve("Samone") else {
            Issue.record("expected ambiguity")
            return
        }
        #expect(both.count == 2)
        guard case .found(let one) = directory.resolve("Samone (TO)") else {
            Issue.record("expected one")
            return
        }
        #expect(one.slug == "samone-to")
    }

    @Test func sharedPostalCodeIsAmbiguous() {
        guard case .ambiguous(let comuni) = directory.resolve("10060") else {
            Issue.record("expected ambiguity")
            return
        }
        #expect(Set(comuni.map(\.name)) == ["Pinasca", "Perrero"])
    }

    @Test func misspellingGivesNearSpellings() {
        guard case .notFound(let suggestions) = directory.resolve("Pinerollo") else {
            Issue.record("expected not found")
            return
        }
        #expect(suggestions.first?.name == "Pinerolo")
        #expect(directory.resolve("Atlantide") == .notFound(suggestions: []))
    }

    @Test func suggestionsByPrefixWordOrPostalCode() {
        #expect(directory.suggestions("pin", limit: 10).map(\.name) == ["Pinasca", "Pinerolo"])
        #expect(directory.suggestions("antonino", limit: 10).map(\.name) == ["Sant'Antonino di Susa"])
        #expect(directory.suggestions("1006", limit: 10).map(\.name) == ["Perrero", "Pinasca", "Pinerolo"])
        #expect(directory.suggestions("", limit: 10).isEmpty)
    }
}

@Suite struct SearchParametersTests {
    let vocabulary = SearchParameters.Vocabulary(needs: ["anziani", "salute"], targets: ["famiglie"],
                                                 deliveryModes: ["online"], organizationKinds: ["odv"])

    func parse(_ query: String) throws(PortalError) -> SearchParameters {
        guard let form = try? URLEncodedForm(parsing: query) else { throw .invalidParameters(["decode"]) }
        return try SearchParameters.parse(form, vocabulary: vocabulary)
    }

    @Test func readsEveryFilterAndRoundTripsThroughTheQuery() throws {
        let p = try parse("q=nido&bisogno=anziani&bisogno=salute&destinatario=famiglie&comune=Pinerolo&modalita=online&costo=gratuito&welfare=1&tipo_ente=odv&ordina=recenti&pagina=3&utm_source=x")
        #expect(p.text == "nido" && p.needs == ["anziani", "salute"] && p.targets == ["famiglie"])
        #expect(p.comune == "Pinerolo" && p.deliveryModes == ["online"] && p.cost == .free && p.welfareOnly)
        #expect(p.organizationKinds == ["odv"] && p.sort == .freshness && p.page == 3)
        #expect(try parse(p.query.encoded) == p)
    }

    @Test func collectsEveryProblemAtOnce() {
        #expect(throws: PortalError.self) { try parse("bisogno=x&pagina=0") }
        do {
            _ = try parse("bisogno=x&pagina=0&ordina=y")
        } catch {
            guard case .invalidParameters(let problems) = error else { return }
            #expect(problems.count == 3)
        }
    }

    @Test func pageLimitsAreCheckedAtTheBoundary() throws {
        #expect(try parse("pagina=500").page == 500)
        #expect(throws: PortalError.self) { try parse("pagina=501") }
        #expect(try parse("q=" + String(repeating: "a", count: 200)).text.count == 200)
        #expect(throws: PortalError.self) { try parse("q=" + String(repeating: "a", count: 201)) }
    }

    @Test func emptyAndRepeatedValuesAreHarmless() throws {
        let p = try parse("bisogno=&bisogno=salute&bisogno=salute&q=")
        #expect(p.needs == ["salute"])
        #expect(p.text.isEmpty)
    }
}
