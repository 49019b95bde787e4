import Catalog
import Testing
import TestSupport
@testable import Portal

/// Searches over a real socket are counted (zero-result ones too) and appear, with small
/// cells suppressed, in `/osservatorio` and its CSV files.
@Suite(.blocking) struct ObservatoryFlowTests {
    static let elderlyInMondovi = DemoPortal.search([("bisogno", "anziani"), ("comune", "Mondovì")])
    static let housingInVinadio = DemoPortal.search([("bisogno", "casa"), ("comune", "Vinadio")])

    /// 6 elderly-care searches in Mondovì, 5 for a word no card has, 2 housing searches in
    /// Vinadio (none answers), 1 for a phone number: 14 searches.
    static func searchAround(_ portal: ObservatoryPortal) throws {
        for _ in 0..<6 { #expect(try portal.get(elderlyInMondovi).status == 200) }
        for _ in 0..<5 { #expect(try portal.get("/cerca?q=xilofonista").resultCount == 0) }
        for _ in 0..<2 { #expect(try portal.get(housingInVinadio).status == 200) }
        #expect(try portal.get("/cerca?q=3331234567").resultCount == 0)
        #expect(try portal.get("/cerca").status == 200)  // the bare page is not a search
        try portal.recorder.flush()
    }

    @Test func searchesIncludingZeroResultOnesAppearOnThePageWithSmallCellsSuppressed() throws {
        let portal = try ObservatoryPortal()
        try Self.searchAround(portal)
        let page = try portal.get("/osservatorio")
        #expect(page.status == 200)
        #expect(page.text.contains("14 ricerche in tutto il Piemonte"))
        #expect(page.text.contains("<th scope=\"row\">Cura e assistenza anziani</th><td>6</td><td>0</td>"))
        #expect(page.text.contains("<th scope=\"row\">Casa e abitare</th><td>meno di 5</td>"))
        #expect(page.text.contains("<th scope=\"row\">Nessun territorio indicato</th><td>6</td><td>6</td>"))
        #expect(page.text.contains("<svg class=\"chart-svg\""))
        #expect(page.text.contains("<desc id=\"grafico-bisogni-descrizione\">Cura e assistenza anziani: 6 ricerche"))
        #expect(!page.text.contains("xilofonista"), "words are for operators only")
    }

    @Test func everyAggregateDownloadsAsCSVWithTheSameSuppression() throws {
        let portal = try ObservatoryPortal()
        try Self.searchAround(portal)
        let needs = try portal.get("/osservatorio/dati.csv?tabella=bisogni")
        #expect(needs.status == 200)
        #expect(needs.headers["Content-Type"] == "text/csv; charset=utf-8")
        #expect(needs.text.contains("Bisogno;Ricerche;Senza risultati\r\n"))
        #expect(needs.text.contains("Cura e assistenza anziani;6;0\r\n"))
        #expect(needs.text.contains("Casa e abitare;<5;"))
        let territories = try portal.get("/osservatorio/dati.csv?tabella=territori")
        #expect(territories.text.contains("Cuneo;8;"))
        #expect(territories.text.contains("Nessun territorio indicato;6;6\r\n"))
        let supply = try portal.get("/osservatorio/dati.csv?tabella=offerta")
        #expect(supply.text.contains("Cura e assistenza anziani;Cuneo;"))
        for table in ObservatoryTables.ids {
            #expect(try portal.get("/osservatorio/dati.csv?tabella=\(table)").status == 200, "\(table)")
        }
        let timeline = try portal.get("/osservatorio/dati.csv?tabella=tempo&periodo=30")
        #expect(timeline.text.contains("\(CalendarDay(unixSeconds: portal.clock.nowSeconds()).iso);14;8\r\n"))
        let zero = try portal.get("/osservatorio/dati.csv?tabella=senza-risultati")
        #expect(zero.text.contains("Casa e abitare;Cuneo;<5;<5\r\n"), "2 housing searches in Vinadio found nothing")
    }

    @Test func aProvinceFilterShowsItsComuni() throws {
        let portal = try ObservatoryPortal()
        try Self.searchAround(portal)
        let page = try portal.get("/osservatorio?provincia=cn&periodo=30")
        #expect(page.status == 200)
        #expect(page.text.contains("8 ricerche in provincia di Cuneo"))
        #expect(page.text.contains("<th scope=\"row\">Mondovì</th><td>6</td><td>0</td>"))
        #expect(!page.text.contains("Nessun territorio indicato</th>"))
        let turin = try portal.get("/osservatorio?provincia=to")
        #expect(turin.text.contains("0 ricerche in provincia di Torino"))
    }

    @Test func searchesOutsideThePeriodAreLeftOut() throws {
        let portal = try ObservatoryPortal()
        try Self.searchAround(portal)
        portal.clock.advance(by: 10 * 86_400)
        #expect(try portal.get("/osservatorio?periodo=7").text.contains("0 ricerche in tutto il Piemonte"))
        #expect(try portal.get("/osservatorio?periodo=30").text.contains("14 ricerche in tutto il Piemonte"))
    }

    @Test func onlyKnownOrRepeatedWordsAreKeptForOperators() throws {
        let portal = try ObservatoryPortal()
        try Self.searchAround(portal)
        for _ in 0..<4 { _ = try portal.get("/cerca?q=zzzunico") }
        _ = try portal.get("/cerca?q=assistenza&comune=Vinadio&bisogno=casa")
        try portal.recorder.flush()
        let today = CalendarDay(unixSeconds: portal.clock.nowSeconds())
        let report = try ObservatoryRepository(pool: portal.database)
            .report(ObservatoryFilter(from: today, to: today), wordLimit: 20)
        let words = Dictionary(uniqueKeysWithValues: report.wordsWithoutResults.map { ($0.term, $0.zeroResults) })
        #expect(words["xilofonista"] == 5, "typed in k searches of the day")
        #expect(words["zzzunico"] == nil, "typed fewer than k times: never stored")
        #expect(words["3331234567"] == nil)
        let known = try portal.database.read { db -> Int? in
            try db.scalar("SELECT searches FROM search_term_stat WHERE term = 'assistenza'")
        }
        #expect(known == 1, "a word of the index vocabulary is stored at once")
    }

    @Test(arguments: ["/osservatorio?periodo=12", "/osservatorio?periodo=abc", "/osservatorio?provincia=xx",
                      "/osservatorio/dati.csv", "/osservatorio/dati.csv?tabella=utenti", "/osservatorio?periodo=%FF"])
    func badFiltersGive400InItalian(_ target: String) throws {
        let portal = try DemoObservatory.get()
        let reply = try portal.get(target)
        #expect(reply.status == 400)
        #expect(reply.text.contains("<html lang=\"it\">"))
    }
}

/// One shared observatory portal for read-only tests.
enum DemoObservatory {
    static let shared: Result<ObservatoryPortal, any Error> = Result { try ObservatoryPortal() }
    static func get() throws -> ObservatoryPortal { try shared.get() }
}
