import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal

/// `/imprese` against the demo catalog: the art. 51 TUIR filter and its counts come from the
/// Catalog's search, so they must agree with the database and with each other.
@Suite(.blocking) struct PortalEnterprisesE2ETests {
    let portal: DemoPortal

    init() throws { portal = try DemoPortal.get() }

    @Test(arguments: ["", "bisogno=anziani", "comune=Cuneo", "tipo_ente=societa_mutuo_soccorso"])
    func tuirFilterReturnsExactlyTheCardsOfThatCategory(_ otherFilter: String) throws {
        let base = otherFilter.isEmpty ? "/imprese" : "/imprese?\(otherFilter)"
        let page = try portal.get(base)
        #expect(page.status == 200)
        let options = Self.categoryOptions(in: page.text)
        // Only categories that give something are offered; the others would give nothing.
        #expect(options.allSatisfy { $0.count > 0 })
        let separator = otherFilter.isEmpty ? "?" : "&"
        for code in try categoryCodes() where !options.contains(where: { $0.code == code }) {
            #expect(try allResultSlugs(from: "\(base)\(separator)categoria=\(code)").isEmpty, "unoffered \(code) is empty")
        }
        #expect(options.map(\.count).reduce(0, +) == Self.total(in: page.text), "every welfare card has one category")
        for (code, count) in options {
            let slugs = try allResultSlugs(from: "\(base)\(separator)categoria=\(code)")
            #expect(Set(slugs).count == slugs.count, "no card twice for \(code)")
            #expect(slugs.count == count, "facet count of \(code) with \(otherFilter)")
            if otherFilter.isEmpty { #expect(Set(slugs) == (try publishedSlugs(category: code)), "category \(code)") }
        }
    }

    @Test func theDemoCatalogHasSeveralCategoriesInUse() throws {
        let options = Self.categoryOptions(in: try portal.get("/imprese").text)
        #expect(options.filter { $0.count > 0 }.count >= 3)
        let health = try allResultSlugs(from: "/imprese?categoria=a_previdenza_sanita")
        #expect(health.contains("rimborso-delle-spese-sanitarie-per-i-soci"))
        #expect(!health.contains("progetto-a-casa-assistenza-leggera-agli-anziani-delle-aree-montane-e-periferiche"))
    }

    @Test func pagesCoverEveryCardOnceWithTheFilterKept() throws {
        let handler = EnterprisesHandler(
            context: PageContext(catalog: try SQLitePortalCatalog(pool: portal.database),
                                 configuration: PortalConfiguration(site: SiteContext(baseURL: "https://vetrina.example"),
                                                                    publicDirectory: portal.directory.path)),
            pageSize: 2)
        let category = try #require(Self.categoryOptions(in: try portal.get("/imprese").text).max { $0.count < $1.count })
        #expect(category.count > 2, "the busiest category needs more than one page")
        var slugs: [String] = []
        var target: String? = "/imprese?categoria=\(category.code)"
        while let next = target, slugs.count <= category.count {
            let html = try handler.handle(request(next)).text
            slugs += Self.slugs(in: html)
            target = Self.nextPageLink(in: html)
            if let target { #expect(target.contains("categoria=\(category.code)")) }
        }
        #expect(slugs.count == category.count)
        #expect(Set(slugs) == (try publishedSlugs(category: category.code)))
    }

    @Test(arguments: ["/imprese?pagina=0", "/imprese?pagina=abc", "/imprese?categoria=inventata"])
    func badParametersGive400(_ target: String) throws {
        #expect(try portal.get(target).status == 400)
    }

    // MARK: - Helpers

    /// Every result slug of a search, following the "Pagina successiva" links.
    func allResultSlugs(from start: String) throws -> [String] {
        var slugs: [String] = []
        var target: String? = start
        var pages = 0
        while let next = target, pages < 50 {
            let reply = try portal.get(next)
            #expect(reply.status == 200)
            slugs += Self.slugs(in: reply.text)
            target = Self.nextPageLink(in: reply.text)
            pages += 1
        }
        return slugs
    }

    /// Ground truth: published, unexpired cards with this TUIR category, read from the database.
    func publishedSlugs(category: String) throws -> Set<String> {
        try portal.database.read { db in
            Set(try db.query("""
                SELECT slug FROM service WHERE status = 'published' AND tuir_category_code = ?
                AND (valid_to IS NULL OR valid_to >= date('now', 'localtime'))
                """, category).map { try $0.get(0, as: String.self) })
        }
    }

    func categoryCodes() throws -> [String] {
        try portal.database.read { db in try db.query("SELECT code FROM tuir_category").map { try $0.get(0, as: String.self) } }
    }

    /// (code, count) of each option of the TUIR select ("Sanità (3)").
    static func categoryOptions(in html: String) -> [(code: String, count: Int)] {
        guard let select = html.range(of: "<select id=\"imprese-categoria\""),
              let end = html.range(of: "</select>", range: select.upperBound..<html.endIndex) else { return [] }
        return html[select.upperBound..<end.lowerBound].components(separatedBy: "<option value=\"").dropFirst().compactMap { piece in
            let code = String(piece.prefix { $0 != "\"" })
            guard !code.isEmpty, let open = piece.range(of: " (", options: .backwards) else { return nil }
            return Int(piece[open.upperBound...].prefix { $0.isNumber }).map { (code, $0) }
        }
    }

    /// The number in "N servizi trovati".
    static func total(in html: String) -> Int? {
        guard let range = html.range(of: "<h2 id=\"risultati-imprese\">") else { return nil }
        return Int(html[range.upperBound...].prefix { $0.isNumber })
    }

    static func slugs(in html: String) -> [String] {
        html.components(separatedBy: "<li class=\"result\">").dropFirst().compactMap { item in
            guard let start = item.range(of: "href=\"/servizi/") else { return nil }
            return String(item[start.upperBound...].prefix { $0 != "\"" && $0 != "?" })
        }
    }

    static func nextPageLink(in html: String) -> String? {
        guard let next = html.range(of: "<li class=\"next\"><a href=\"") else { return nil }
        return String(html[next.upperBound...].prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
    }
}
