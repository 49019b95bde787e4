import Catalog
import Testing
@testable import Portal

@Suite struct ComponentTests {
    @Test func filterGroupHasLegendLabelsAndCounts() {
        let view = FilterGroupView(name: "bisogno", legend: "Bisogno", options: [
            FilterOption(value: "anziani", label: "Anziani", count: 12, isSelected: true),
            FilterOption(value: "salute", label: "Salute <e> prevenzione", count: 0),
        ]).render().rendered
        #expect(view.contains("<legend>Bisogno</legend>"))
        #expect(view.contains("<input type=\"checkbox\" id=\"f-bisogno-0\" name=\"bisogno\" value=\"anziani\" checked>"))
        #expect(view.contains("<label for=\"f-bisogno-0\">Anziani <span class=\"count\">(12)</span></label>"))
        #expect(view.contains("Salute &lt;e&gt; prevenzione"))
        #expect(!view.contains("id=\"f-bisogno-1\" name=\"bisogno\" value=\"salute\" checked"))
    }

    @Test func emptyFilterGroupRendersNothing() {
        #expect(FilterGroupView(name: "x", legend: "X", options: []).render().isEmpty)
    }

    @Test func paginationLinksOnlyWhereThereArePages() {
        let first = PaginationView(page: 1, pageCount: 3) { "/cerca?pagina=\($0)" }.render().rendered
        #expect(!first.contains("rel=\"prev\""))
        #expect(first.contains("href=\"/cerca?pagina=2\" rel=\"next\""))
        #expect(first.contains("Pagina 1 di 3"))
        let last = PaginationView(page: 3, pageCount: 3) { "/cerca?pagina=\($0)" }.render().rendered
        #expect(last.contains("rel=\"prev\""))
        #expect(!last.contains("rel=\"next\""))
        #expect(PaginationView(page: 1, pageCount: 1) { _ in "/" }.render().isEmpty)
    }

    @Test func errorSummaryLinksEachErrorToItsField() {
        let summary = ErrorSummaryView(errors: [FieldError(field: "comune", message: "Scrivi un comune del Piemonte")])
        let html = summary.render().rendered
        #expect(html.contains("<h2 id=\"error-summary-title\">C&#39;è un problema</h2>"))
        #expect(html.contains("<a href=\"#comune\">Scrivi un comune del Piemonte</a>"))
        #expect(summary.message(for: "comune").rendered.contains("Scrivi un comune del Piemonte"))
        #expect(summary.message(for: "altro").isEmpty)
    }

    @Test func badgeCarriesTextNotOnlyColour() {
        #expect(BadgeView("Gratuito", kind: .free).render().rendered == "<span class=\"badge badge-free\">Gratuito</span>")
    }

    @Test func searchBoxKeepsWhatWasTypedEscaped() {
        let html = SearchBoxView(text: "\"><script>", comune: "Pinerolo").render().rendered
        #expect(html.contains("value=\"&quot;&gt;&lt;script&gt;\""))
        #expect(html.contains("name=\"comune\" value=\"Pinerolo\""))
        #expect(html.contains("<label for=\"s-q\">Cosa cerchi?</label>"))
        #expect(html.contains("action=\"/cerca\" method=\"get\""))
    }

    @Test func comuneFieldDescribesItsError() {
        let html = ComuneFieldView(id: "c", value: "Xyz", errorMessage: "Non troviamo il comune «Xyz»").render().rendered
        #expect(html.contains("aria-describedby=\"c-hint c-errore\""))
        #expect(html.contains("id=\"c-errore\""))
        #expect(html.contains("Non troviamo il comune «Xyz»"))
    }
}

@Suite struct ErrorPageTests {
    let pages = ErrorPageView(layout: LayoutView(site: SiteContext()))

    @Test func notFoundPageIsItalianWithSearchBox() {
        let html = pages.notFound().rendered
        #expect(html.contains("<h1>Pagina non trovata</h1>"))
        #expect(html.contains("action=\"/cerca\""))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
    }

    @Test func badRequestListsProblemsEscaped() {
        let html = pages.badRequest(problems: ["Il bisogno «<x>» non esiste"]).rendered
        #expect(html.contains("<li>Il bisogno «&lt;x&gt;» non esiste</li>"))
        #expect(html.contains("<title>Errore: Richiesta non valida"))
    }

    @Test func serverErrorNeverShowsDetails() {
        let html = pages.serverError(requestID: "abc123").rendered
        #expect(html.contains("Codice della richiesta: <code>abc123</code>"))
        #expect(html.contains("Non è colpa tua"))
    }
}
