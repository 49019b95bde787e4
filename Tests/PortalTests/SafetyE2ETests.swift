@testable import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal

/// Issue 11, safety: searches and cards about violence and abuse show 1522 and 112 as phone
/// links and the "Esci subito" quick exit, and their words never reach the page title or the
/// meta tags; ordinary searches show neither. All over a real socket.
@Suite(.blocking) struct SafetyE2ETests {
    let portal: DemoPortal

    init() throws { portal = try DemoPortal.get() }

    static let genericTitle = "<title>Risultati della ricerca – Vetrina Welfare Piemonte</title>"

    func search(_ pairs: [(String, String)]) throws -> HTTPReply {
        let reply = try portal.get(DemoPortal.search(pairs))
        #expect(reply.status == 200)
        return reply
    }

    @Test(arguments: ["violenza", "Violenza domestica", "abuso", "abusi", "maltrattamento", "maltrattamenti", "stalking",
                      "molestie", "antiviolenza", "aiuto stalker Pinerolo", "donne maltrattate"])
    func wordsAboutViolenceShowTheNumbersTheExitAndAGenericTitle(_ words: String) throws {
        let page = try search([("q", words)])
        Self.expectSafetyPage(page.text, words: words)
    }

    @Test(arguments: [[("bisogno", "violenza")], [("bisogno", "violenza"), ("comune", "Pinerolo")],
                      [("bisogno", "salute"), ("bisogno", "violenza")], [("q", "abusi"), ("comune", "Cuneo"), ("modalita", "online")]])
    func theViolenceNeedAndItsFilteredSearchesAreSafetyPages(_ pairs: [(String, String)]) throws {
        let page = try search(pairs)
        Self.expectSafetyPage(page.text, words: pairs.map(\.1).joined(separator: " "))
        #expect(!Self.title(of: page.text).contains("abusi") && !Self.title(of: page.text).contains("Pinerolo"))
    }

    @Test(arguments: [[("q", "nido")], [("bisogno", "salute"), ("comune", "Pinerolo")], [("q", "zzzzqqq")], []])
    func anOrdinarySearchHasNeitherPanelNorExit(_ pairs: [(String, String)]) throws {
        let page = try search(pairs).text
        #expect(!page.contains("tel:1522"))
        #expect(!page.contains("data-quick-exit"))
        #expect(!page.contains("quick-exit.js"))
        #expect(!page.contains(Self.genericTitle))
        if let word = pairs.first(where: { $0.0 == "q" })?.1 { #expect(Self.title(of: page).contains(word)) }
    }

    @Test func theExitIsTheFirstThingTheKeyboardReaches() throws {
        let page = try search([("q", "violenza")]).text
        let body = try #require(page.range(of: "<body>"))
        let exit = try #require(page.range(of: "<a class=\"quick-exit-link\" href=\"https://www.google.it/\" rel=\"noreferrer\" data-quick-exit>Esci subito</a>"))
        let beforeExit = page[body.upperBound..<exit.lowerBound]
        for focusable in ["<a ", "<button", "<input", "<select", "<textarea", "tabindex"] {
            #expect(!beforeExit.contains(focusable), "nothing focusable before the exit: \(focusable)")
        }
        #expect(beforeExit.contains("<section class=\"quick-exit\" aria-label=\"Uscita rapida\">"))
        #expect(page.contains("<script src=\"/static/quick-exit.js\" defer></script>"))
    }

    @Test func theExitScriptIsServedAndUsesLocationReplaceAndDoubleEscape() throws {
        let script = try portal.get("/static/quick-exit.js")
        #expect(script.status == 200)
        #expect(script.headers["Content-Type"]?.contains("javascript") == true)
        #expect(script.text.contains("location.replace(link.href)"))
        #expect(script.text.contains("\"Escape\""))
        #expect(script.text.contains("a[data-quick-exit]"))
        let page = try search([("bisogno", "violenza")])
        #expect(page.headers["Content-Security-Policy"]?.contains("default-src 'self'") == true)
        #expect(!page.text.contains("<script>"))
    }

    @Test func aCardOfTheViolenceNeedShowsTheNumbersAndTheExitOthersDoNot() throws {
        let writable = try OpenDataTestPortal()
        let repository = ServiceRepository(pool: writable.database)
        let template = try repository.service(id: try #require(try repository.recentlyUpdated(limit: 1).first).id)
        var draft = template.fields
        draft.title = "Centro antiviolenza Filo di Arianna"
        draft.slug = ""
        draft.externalId = nil
        draft.status = .published
        draft.needCodes = ["violenza"]
        let created = try CatalogTestWrites(pool: writable.database).createCard(draft)
        let card = try writable.get("/servizi/\(created.slug)")
        #expect(card.status == 200)
        #expect(card.text.contains("<h1>Centro antiviolenza Filo di Arianna</h1>"))
        Self.expectNumbersAndExit(card.text)
        let h1 = try #require(card.text.range(of: "<h1>"))
        let panel = try #require(card.text.range(of: "<section class=\"safety-panel\""))
        #expect(h1.lowerBound < panel.lowerBound, "the panel's h2 comes after the h1")
        let other = try writable.get("/servizi/\(template.slug)")
        #expect(other.status == 200)
        #expect(!template.fields.needCodes.contains("violenza"))
        #expect(!other.text.contains("tel:1522") && !other.text.contains("data-quick-exit"))
    }

    // MARK: - Helpers

    static func expectSafetyPage(_ page: String, words: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectNumbersAndExit(page, sourceLocation: sourceLocation)
        #expect(page.contains(genericTitle), sourceLocation: sourceLocation)
        let head = page.components(separatedBy: "</head>").first ?? page
        let metaTags = head.components(separatedBy: "<meta").dropFirst().map { $0.prefix { $0 != ">" } }.joined()
        for word in words.lowercased().split(separator: " ") where word.count > 3 {
            #expect(!title(of: page).lowercased().contains(word), "title has no «\(word)»", sourceLocation: sourceLocation)
            #expect(!metaTags.lowercased().contains(word), "meta tags have no «\(word)»", sourceLocation: sourceLocation)
        }
        #expect(!head.contains("og:title"), sourceLocation: sourceLocation)
    }

    static func expectNumbersAndExit(_ page: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(page.contains("<a class=\"safety-number\" href=\"tel:1522\"><span class=\"safety-digits\">1522</span> Numero antiviolenza e stalking</a> gratuito, attivo 24 ore su 24"),
                sourceLocation: sourceLocation)
        #expect(page.contains("<a class=\"safety-number\" href=\"tel:112\"><span class=\"safety-digits\">112</span>"),
                sourceLocation: sourceLocation)
        #expect(page.contains("data-quick-exit>Esci subito</a>"), sourceLocation: sourceLocation)
        #expect(page.components(separatedBy: "id=\"aiuto-subito\"").count == 2, sourceLocation: sourceLocation)
    }

    static func title(of page: String) -> String {
        guard let start = page.range(of: "<title>"), let end = page.range(of: "</title>") else { return "" }
        return String(page[start.upperBound..<end.lowerBound])
    }
}
