/// "Precedente / Pagina 2 di 5 / Successiva" links (GOV.UK pagination), keeping every other
/// query parameter so the page stays bookmarkable.
struct PaginationView: Sendable {
    let page: Int
    let pageCount: Int
    /// Builds the URL of a given page number.
    let link: @Sendable (Int) -> String
    /// The language of the labels.
    var localizer: Localizer = .italian

    init(page: Int, pageCount: Int, link: @escaping @Sendable (Int) -> String) {
        self.page = page
        self.pageCount = pageCount
        self.link = link
    }

    func render() -> HTML {
        guard pageCount > 1 else { return HTML() }
        var items: [HTML] = []
        if page > 1 {
            items.append("""
            <li class="prev"><a href="\(SafeURL(path: link(page - 1)))" rel="prev">\
            \(localizer.tr("pagination.previous"))</a></li>
            """)
        }
        items.append("<li class=\"current\">\(localizer.tr("pagination.current", ["page": String(page), "count": String(pageCount)]))</li>")
        if page < pageCount {
            items.append("""
            <li class="next"><a href="\(SafeURL(path: link(page + 1)))" rel="next">\
            \(localizer.tr("pagination.next"))</a></li>
            """)
        }
        return "<nav class=\"pagination\" aria-label=\"\(localizer.tr("pagination.label"))\"><ul>\(items)</ul></nav>\n"
    }
}
