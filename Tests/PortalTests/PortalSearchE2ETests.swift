import Testing
import TestSupport
@testable import Portal

/// Searches over a real socket against the demo catalog.
@Suite(.blocking) struct PortalSearchE2ETests {
    let portal: DemoPortal

    init() throws { portal = try DemoPortal.get() }

    func search(_ pairs: [(String, String)]) throws -> HTTPReply {
        let reply = try portal.get(DemoPortal.search(pairs))
        #expect(reply.status == 200)
        return reply
    }

    @Test func healthServicesAnswerAPineroloSearch() throws {
        let reply = try search([("bisogno", "salute"), ("comune", "Pinerolo")])
        #expect(reply.resultSlugs.contains("rimborso-delle-spese-sanitarie-per-i-soci"))
        #expect(reply.text.contains("servizi per «salute e prevenzione» a Pinerolo."))
        #expect((reply.resultCount ?? 0) == reply.resultSlugs.count)
    }

    @Test(arguments: ["Mondovì", "mondovi", "12084", "Vinadio", "Cuneo"])
    func provinceWideServicesAnswerAnyComuneOfThatProvince(_ comune: String) throws {
        let reply = try search([("comune", comune), ("bisogno", "anziani")])
        #expect(reply.resultSlugs.contains("progetto-a-casa-assistenza-leggera-agli-anziani-delle-aree-montane-e-periferiche"))
    }

    @Test func provinceWideServicesDoNotAnswerAnotherProvince() throws {
        let reply = try search([("comune", "Pinerolo"), ("bisogno", "anziani")])
        #expect(!reply.resultSlugs.contains("progetto-a-casa-assistenza-leggera-agli-anziani-delle-aree-montane-e-periferiche"))
    }

    @Test func regionWideServicesAnswerAComuneFarAway() throws {
        let reply = try search([("comune", "Novara"), ("q", "selezione del personale")])
        #expect(reply.resultSlugs.contains("ricerca-e-selezione-del-personale-incontro-tra-domanda-e-offerta-di-lavoro"))
    }

    @Test func textSearchFindsTheMutualAidSociety() throws {
        let reply = try search([("q", "mutua")])
        #expect(reply.resultSlugs.contains("rimborso-delle-spese-sanitarie-per-i-soci"))
        #expect(reply.text.contains("per «mutua»"))
    }

    @Test func combinationOfTextNeedAndComuneNarrowsTheResults() throws {
        let broad = try search([("comune", "Pinerolo")])
        let narrow = try search([("comune", "Pinerolo"), ("bisogno", "salute"), ("q", "rimborso")])
        #expect(narrow.resultSlugs.contains("rimborso-delle-spese-sanitarie-per-i-soci"))
        #expect((narrow.resultCount ?? 99) < (broad.resultCount ?? 0))
    }

    @Test func facetCountsAgreeWithTheFilteredResults() throws {
        let page = try search([("comune", "Pinerolo")])
        let options = Self.needOptions(in: page.text)
        #expect(options.count >= 3)
        for (code, count) in options {
            let filtered = try search([("comune", "Pinerolo"), ("bisogno", code)])
            #expect(filtered.resultCount == count, "need \(code)")
        }
    }

    @Test func archivedCardsAreNotInSearchButStayReachable() throws {
        let slug = "sportello-welfare-cna-sperimentale"
        for pairs in [[("q", "CNA")], [("comune", "Cuneo")], [("q", "sportello welfare")]] {
            #expect(!(try search(pairs)).resultSlugs.contains(slug))
        }
        let card = try portal.get("/servizi/\(slug)")
        #expect(card.status == 200)
        #expect(card.text.contains("Servizio non più attivo"))
        #expect(card.text.contains("Servizi simili ancora attivi"))
    }

    @Test func zeroResultsOfferAWayOut() throws {
        let reply = try search([("q", "assitenza"), ("comune", "Vinadio"), ("bisogno", "casa")])
        #expect(reply.resultCount == 0)
        #expect(reply.text.contains("Non abbiamo trovato servizi con questa ricerca"))
        // No filter can be dropped with any result here, so none is offered; the spelling is.
        #expect(!reply.text.contains("Togli un filtro"))
        #expect(!reply.text.contains("(0 servizi)"))
        #expect(reply.text.contains("Forse cercavi"))
        #expect(reply.text.contains("ricominciare da capo"))
    }

    @Test func postalCodeSharedByManyComuniAsksWhichOne() throws {
        let reply = try search([("comune", "10060")])
        #expect(reply.text.contains("corrisponde a più comuni"))
        #expect(reply.text.contains("<title>Errore: "))
    }

    @Test func misspelledComuneSuggestsTheRightOne() throws {
        let reply = try search([("comune", "Pinerollo")])
        #expect(reply.text.contains("Non troviamo il comune «Pinerollo»"))
        #expect(reply.text.contains(">Pinerolo</a> (TO"))
    }

    @Test func autocompleteFindsComuniWithoutAccents() throws {
        let reply = try portal.get("/api/comuni?q=mondov")
        #expect(reply.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(reply.text.contains("\"nome\":\"Mondovì\",\"provincia\":\"CN\",\"cap\":\"12084\""))
    }

    /// (need code, count) for every need option shown with a count.
    static func needOptions(in html: String) -> [(String, Int)] {
        html.components(separatedBy: "name=\"bisogno\" value=\"").dropFirst().compactMap { piece in
            let code = String(piece.prefix { $0 != "\"" })
            guard let open = piece.range(of: "<span class=\"count\">(") else { return nil }
            return Int(piece[open.upperBound...].prefix { $0.isNumber }).map { (code, $0) }
        }
    }
}
