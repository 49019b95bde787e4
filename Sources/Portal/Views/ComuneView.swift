import Catalog

/// The services of one need for a comune, and how many there are in all.
public struct NeedGroup: Sendable {
    public var need: TaxonomyTerm
    /// The first few services (the page stays small); `total` says how many exist.
    public var items: [ResultItem]
    public var total: Int

    public init(need: TaxonomyTerm, items: [ResultItem], total: Int) {
        self.need = need
        self.items = items
        self.total = total
    }
}

/// A comune's page (`/territori/{comune}`): what exists for its residents, grouped by need with
/// counts, including services offered to its areas, its province and the whole region.
public struct ComuneView: Sendable {
    public let layout: LayoutView
    public let comune: Comune
    public let provinceName: String
    public let areaNames: [String]
    public let groups: [NeedGroup]
    public let serviceCount: Int
    /// The welfare desks serving the comune (issue 10).
    public let desks: [WelfareDesk]

    public init(layout: LayoutView, comune: Comune, provinceName: String, areaNames: [String],
                groups: [NeedGroup], serviceCount: Int, desks: [WelfareDesk] = []) {
        self.desks = desks
        self.layout = layout
        self.comune = comune
        self.provinceName = provinceName
        self.areaNames = areaNames
        self.groups = groups
        self.serviceCount = serviceCount
    }

    public func render() -> HTML {
        let meta = PageMetadata(
            title: "Servizi per chi vive a \(comune.name)",
            description: "I servizi di welfare per chi vive nel comune di \(comune.name) (\(comune.provinceCode)), divisi per bisogno.",
            canonicalPath: "/territori/\(comune.slug)", openGraphType: "website",
            breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Territori", path: "/territori"), BreadcrumbItem(comune.name)],
            usesComuneScript: true)
        return layout.render(meta, content: """
        <h1>Servizi per chi vive a \(comune.name)</h1>
        <p class="lead">\(intro())</p>
        \(areas())\(WelfareDesksView(comuneName: comune.name, desks: desks).render())\(index())\(HTML.join(groups.map(group)))\(searchHere())
        """)
    }

    func intro() -> String {
        let caps = comune.postalCodes.isEmpty ? "" : ", CAP \(ItalianText.list(comune.postalCodes))"
        let count = ItalianText.count(serviceCount, one: "servizio che arriva", many: "servizi che arrivano")
        return "Comune di \(comune.name) (provincia di \(provinceName)\(caps)). Ci sono \(count) qui, "
            + "compresi quelli offerti in tutta la provincia o in tutto il Piemonte."
    }

    func areas() -> HTML {
        guard !areaNames.isEmpty else { return HTML() }
        return "<p>Fa parte di: \(ItalianText.list(areaNames)).</p>\n"
    }

    func index() -> HTML {
        guard !groups.isEmpty else {
            return """
            <div class="notice" role="note"><p>Non abbiamo ancora servizi per questo comune. \
            Prova a <a href="/cerca?provincia=\(comune.provinceCode.lowercased())">cercare in tutta la provincia</a> \
            o <a href="/cerca">in tutto il Piemonte</a>.</p></div>

            """
        }
        let links: [HTML] = groups.map {
            "<li><a href=\"#bisogno-\($0.need.code)\">\($0.need.label)</a> (\($0.total))</li>"
        }
        return """
        <nav aria-labelledby="indice"><h2 id="indice">Bisogni</h2>
        <ul class="group-list">\(links)</ul></nav>

        """
    }

    func group(_ group: NeedGroup) -> HTML {
        let linkQuery = "?comune=\(URLQuery.encode(comune.slug))"
        let items: [HTML] = group.items.map { ResultItemView(item: $0, headingLevel: 3, linkQuery: linkQuery).render() }
        let more: HTML = group.total > group.items.count
            ? """
              <p><a href="\(SafeURL(path: "/cerca?bisogno=\(URLQuery.encode(group.need.code))&comune=\(URLQuery.encode(comune.slug))"))">\
              Vedi tutti i \(group.total) servizi per «\(group.need.label)»</a></p>

              """
            : HTML()
        return """
        <section aria-labelledby="bisogno-\(group.need.code)">
        <h2 id="bisogno-\(group.need.code)">\(group.need.label) (\(group.total))</h2>
        <ul class="results">\(items)</ul>
        \(more)</section>

        """
    }

    func searchHere() -> HTML {
        """
        <section class="panel" aria-labelledby="qui-titolo">
        \(SearchBoxView(comune: comune.name, idPrefix: "qui", heading: "Cerca a \(comune.name)").render())</section>

        """
    }
}
