import Foundation
import Testing
import TestSupport
@testable import Portal

/// Issue 11, "no dead ends": the words people use find services, help never links to nothing,
/// the no-JS comune picker understands partial names, results come before the filters.
@Suite(.blocking) struct CitizenSearchE2ETests {
    let portal: DemoPortal

    init() throws { portal = try DemoPortal.get() }

    func search(_ pairs: [(String, String)]) throws -> HTTPReply {
        let reply = try portal.get(DemoPortal.search(pairs))
        #expect(reply.status == 200)
        return reply
    }

    @Test(arguments: ["nido", "nidi", "badanti", "pensione", "asilo nido", "psicologo"])
    func everydayWordsFindServices(_ words: String) throws {
        let reply = try search([("q", words)])
        #expect((reply.resultCount ?? 0) > 0, "«\(words)» finds something")
        #expect(reply.resultSlugs.count == min(reply.resultCount ?? 0, 20))
    }

    @Test func theNeedOfAnEverydayWordLeadsItsResults() throws {
        let nido = try search([("q", "nido")])
        #expect(nido.resultSlugs.contains("baby-sitting-e-doposcuola-per-i-figli-dei-dipendenti"))
        let badanti = try search([("q", "badanti")])
        #expect(badanti.resultSlugs.contains("assistenza-domiciliare-socio-assistenziale"))
        // A word that is in no list and no card still finds nothing.
        #expect(try search([("q", "zzzzqqq")]).resultCount == 0)
    }

    @Test func zeroResultHelpOffersOnlyPlacesWithServices() throws {
        // "nido" at a comune where no family service reaches: help offers the need elsewhere, counted.
        let reply = try search([("q", "nido"), ("comune", "Novara"), ("modalita", "online")])
        #expect(reply.resultCount == 0)
        let offers = Self.offers(in: reply.text)
        #expect(!offers.isEmpty)
        for (url, count) in offers {
            #expect(count > 0, "\(url) is offered with \(count)")
            let target = try portal.get(url.replacingOccurrences(of: "&amp;", with: "&"))
            #expect(target.resultCount == count, "\(url) gives what it promised")
        }
        #expect(!reply.text.contains("(0 servizi)"))
    }

    @Test func oneApplyButtonAndResultsBeforeFilters() throws {
        for pairs in [[("q", "zzzzqqq"), ("comune", "Pinerolo")], [("bisogno", "salute")]] {
            let text = try search(pairs).text
            #expect(text.components(separatedBy: ">Applica filtri</button>").count == 2)
            let results = try #require(text.range(of: "id=\"risultati\""))
            let filters = try #require(text.range(of: "<form class=\"filters\""))
            #expect(results.lowerBound < filters.lowerBound)
            #expect(text.contains("<a href=\"#filtri\">Vai ai filtri") && text.contains("<a href=\"#risultati\">Vai ai risultati</a>"))
        }
    }

    @Test(arguments: [("villanova", "Villanova Mondovì"), ("san secondo", "San Secondo di Pinerolo"), ("Villanova (AT)", "Villanova d&#39;Asti")])
    func theNoScriptComunePickerOffersPartialNames(_ typed: String, _ expected: String) throws {
        let picker = try portal.get(URLQuery([("comune", typed)]).url("/territori"))
        #expect(picker.status == 200)
        #expect(picker.text.contains(expected) || picker.text.contains(expected.replacingOccurrences(of: "&#39;", with: "'")))
        #expect(!picker.text.contains("Non troviamo il comune"))
        let search = try self.search([("comune", typed)])
        #expect(search.text.contains("Forse cercavi uno di questi comuni:"))
        #expect(search.text.contains(">\(expected)</a>") || search.text.contains(">\(expected.replacingOccurrences(of: "&#39;", with: "'"))</a>"))
    }

    @Test func enterpriseSelectsNeverOfferNothing() throws {
        let page = try portal.get("/imprese?comune=Pinerolo")
        #expect(page.status == 200)
        #expect(!page.text.contains(" (0)</option>"))
    }

    /// (href, count) of every counted link in the zero-result help.
    static func offers(in html: String) -> [(String, Int)] {
        guard let start = html.range(of: "id=\"nessun-risultato\"") else { return [] }
        let section = html[start.upperBound...].prefix { _ in true }
        let end = section.range(of: "</section>")?.lowerBound ?? section.endIndex
        return section[..<end].components(separatedBy: "<li><a href=\"").dropFirst().compactMap { item in
            let href = String(item.prefix { $0 != "\"" })
            guard let open = item.range(of: "</a> (") else { return nil }
            return Int(item[open.upperBound...].prefix { $0.isNumber }).map { (href, $0) }
        }
    }
}

/// Issue 11: every card gives a next step, and says plainly what is unknown.
@Suite(.blocking) struct CardNextStepE2ETests {
    let portal: DemoPortal

    init() throws { portal = try DemoPortal.get() }

    @Test func aCardWithItsOwnContactsNeedsNoFallback() throws {
        let card = try portal.get("/servizi/rimborso-delle-spese-sanitarie-per-i-soci")
        #expect(card.text.contains("href=\"tel:"))
        #expect(!card.text.contains("non sono indicati telefono, e-mail o sito web"))
    }

    @Test func aCardWithoutContactsSaysSoAndPointsToTheNearestDesk() throws {
        let card = try portal.get("/servizi/servizi-di-cura-alla-persona")
        #expect(card.status == 200)
        #expect(card.text.contains("Per questo servizio non sono indicati telefono, e-mail o sito web."))
        #expect(card.text.contains("Non li conosciamo neanche per l&#39;ente che lo offre") || card.text.contains("Non li conosciamo neanche per l'ente che lo offre"))
        let desk = try #require(card.text.range(of: "Chiedi allo sportello informativo più vicino: <a href=\"/servizi/"))
        let slug = String(card.text[desk.upperBound...].prefix { $0 != "\"" })
        let deskPage = try portal.get("/servizi/\(slug)")
        #expect(deskPage.status == 200, "the desk offered exists")
        #expect(deskPage.text.contains("Informazione e orientamento"))
        #expect(slug != "servizi-di-cura-alla-persona")
    }
}
