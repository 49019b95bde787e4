import Testing
@testable import Portal

@Suite struct LayoutViewTests {
    let layout = LayoutView(site: SiteContext(baseURL: "https://vetrina.example/", showsDemoNotice: true))

    @Test func pageHasLanguageSkipLinkLandmarksAndAttribution() {
        let page = layout.render(PageMetadata(title: "Prova"), content: "<h1>Prova</h1>").rendered
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"it\">"))
        #expect(page.contains("<a class=\"skip-link\" href=\"#contenuto\">"))
        #expect(page.contains("<main id=\"contenuto\""))
        #expect(page.contains("<header class=\"site-header\">"))
        #expect(page.contains("<nav class=\"site-nav\" aria-label=\"Menu principale\">"))
        #expect(page.contains("<footer class=\"site-footer\">"))
        #expect(page.contains("Comuni: ISTAT (CC BY), CAP: Garda Informatica"))
        #expect(page.contains("<title>Prova – Vetrina Welfare Piemonte</title>"))
    }

    @Test func demoNoticeOnlyWhenDemoDataIsPresent() {
        let withDemo = layout.render(PageMetadata(title: "x"), content: HTML()).rendered
        let plain = LayoutView(site: SiteContext()).render(PageMetadata(title: "x"), content: HTML()).rendered
        #expect(withDemo.contains("dati dimostrativi"))
        #expect(!plain.contains("dati dimostrativi"))
    }

    @Test func noInlineStylesOrExecutableScripts() {
        let meta = PageMetadata(title: "x", jsonLD: #"{"@type":"Service"}"#, usesComuneScript: true)
        let page = layout.render(meta, content: "<p>x</p>").rendered
        #expect(!page.contains("style="))
        #expect(!page.contains("<style"))
        let scripts = page.split(separator: "<script").dropFirst()
        #expect(scripts.count == 2)
        for script in scripts {
            #expect(script.hasPrefix(" type=\"application/ld+json\">") || script.hasPrefix(" src=\"/static/"))
        }
    }

    @Test func canonicalAndOpenGraphUseTheConfiguredOrigin() {
        let meta = PageMetadata(title: "A casa", description: "Aiuto leggero", canonicalPath: "/servizi/a-casa",
                                openGraphType: "article")
        let page = layout.render(meta, content: HTML()).rendered
        #expect(page.contains("<link rel=\"canonical\" href=\"https://vetrina.example/servizi/a-casa\">"))
        #expect(page.contains("<meta property=\"og:url\" content=\"https://vetrina.example/servizi/a-casa\">"))
        #expect(page.contains("<meta property=\"og:title\" content=\"A casa\">"))
        #expect(page.contains("<meta name=\"description\" content=\"Aiuto leggero\">"))
    }

    @Test func titleIsEscapedAndPrefixedOnErrors() {
        let page = layout.render(PageMetadata(title: "<x>", hasErrors: true), content: HTML()).rendered
        #expect(page.contains("<title>Errore: &lt;x&gt; – Vetrina Welfare Piemonte</title>"))
    }

    @Test func breadcrumbMarksTheCurrentPage() {
        let crumbs = BreadcrumbView(items: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Servizio <b>")]).render()
        #expect(crumbs.rendered.contains("<li><a href=\"/\">Home</a></li>"))
        #expect(crumbs.rendered.contains("<li aria-current=\"page\">Servizio &lt;b&gt;</li>"))
    }
}
