import Catalog
import Search

/// The services of one need for a comune, and how many there are in all.
struct NeedGroup: Sendable {
    var need: TaxonomyTerm
    /// The first few services (the page stays small); `total` says how many exist.
    var items: [SearchHit]
    var total: Int

    init(need: TaxonomyTerm, items: [SearchHit], total: Int) {
        self.need = need
        self.items = items
        self.total = total
    }
}

/// A comune's page (`/territori/{comune}`): what exists for its residents, grouped by need with
/// counts, including services offered to its areas, its province and the whole region.
struct ComuneView: Sendable {
    let layout: LayoutView
    let comune: Comune
    let provinceName: String
    let areaNames: [String]
    let groups: [NeedGroup]
    let serviceCount: Int
    /// The welfare desks serving the comune (issue 10).
    let desks: [WelfareDesk]

    init(layout: LayoutView, comune: Comune, provinceName: String, areaNames: [String],
                groups: [NeedGroup], serviceCount: Int, desks: [WelfareDesk] = []) {
        self.desks = desks
        self.layout = layout
        self.comune = comune
        self.provinceName = provinceName
        self.areaNames = areaNames
        self.groups = groups
        self.serviceCount = serviceCount
    }

    var l10n: Localizer { layout.localizer }

    func render() -> HTML {
        let meta = PageMetadata(
            title: l10n.tr("comune.title", ["comune": comune.name]),
            description: l10n.tr("comune.description", ["comune": comune.name, "province": comune.provinceCode]),
            canonicalPath: "/territori/\(comune.slug)", openGraphType: "website",
            breadcrumb: [BreadcrumbItem(l10n.tr("crumb.home"), path: "/"), BreadcrumbItem(l10n.tr("crumb.territories"), path: "/territori"), BreadcrumbItem(comune.name)],
            usesComuneScript: true)
        return layout.render(meta, content: """
        <h1>\(l10n.tr("comune.title", ["comune": comune.name]))</h1>
        <p class="lead">\(intro())</p>
        \(areas())\(WelfareDesksView(comuneName: comune.name, desks: desks, localizer: l10n).render())\(index())\(HTML.join(groups.map(group)))\(searchHere())
        """)
    }

    func intro() -> String {
        let count = l10n.count(serviceCount, "comune.reaching")
        let caps = comune.postalCodes.isEmpty ? "" : ", \(l10n.tr("comune.postcode")) \(ItalianText.list(comune.postalCodes))"
        return l10n.tr("comune.intro", ["comune": comune.name, "province": provinceName, "caps": caps, "count": count])
    }

    func areas() -> HTML {
        guard !areaNames.isEmpty else { return HTML() }
        return "<p>\(l10n.tr("comune.part_of")): \(ItalianText.list(areaNames)).</p>\n"
    }

    func index() -> HTML {
        guard !groups.isEmpty else {
            return """
            <div class="notice" role="note"><p>\(l10n.tr("comune.none")) \
            \(l10n.tr("comune.none_try")) <a href="\(l10n.path("/cerca?provincia=\(comune.provinceCode.lowercased())"))">\(l10n.tr("comune.none_province"))</a> \
            \(l10n.tr("comune.none_or")) <a href="\(l10n.path("/cerca"))">\(l10n.tr("comune.none_region"))</a>.</p></div>

            """
        }
        let links: [HTML] = groups.map {
            "<li><a href=\"#bisogno-\($0.need.code)\">\(l10n.label("need", code: $0.need.code, italian: $0.need.label))</a> (\($0.total))</li>"
        }
        return """
        <nav aria-labelledby="indice"><h2 id="indice">\(l10n.tr("result.needs"))</h2>
        <ul class="group-list">\(links)</ul></nav>

        """
    }

    func group(_ group: NeedGroup) -> HTML {
        let linkQuery = "?comune=\(URLQuery.encode(comune.slug))"
        let items: [HTML] = group.items.map { ResultItemView(hit: $0, headingLevel: 3, linkQuery: linkQuery, localizer: l10n).render() }
        let more: HTML = group.total > group.items.count
            ? """
              <p><a href="\(SafeURL(path: l10n.path("/cerca?bisogno=\(URLQuery.encode(group.need.code))&comune=\(URLQuery.encode(comune.slug))")))">\
              \(l10n.tr("comune.see_all", ["n": String(group.total), "need": l10n.label("need", code: group.need.code, italian: group.need.label)]))</a></p>

              """
            : HTML()
        return """
        <section aria-labelledby="bisogno-\(group.need.code)">
        <h2 id="bisogno-\(group.need.code)">\(l10n.label("need", code: group.need.code, italian: group.need.label)) (\(group.total))</h2>
        <ul class="results">\(items)</ul>
        \(more)</section>

        """
    }

    func searchHere() -> HTML {
        var box = SearchBoxView(comune: comune.name, idPrefix: "qui", heading: l10n.tr("comune.search_here", ["comune": comune.name]))
        box.localizer = l10n
        return """
        <section class="panel" aria-labelledby="qui-titolo">
        \(box.render())</section>

        """
    }
}
