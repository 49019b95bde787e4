import Catalog

/// The needs as large, labelled tiles, each a link to the search for that need (and the comune
/// already chosen, if any). A list of links: keyboard and screen-reader friendly, no JavaScript.
struct NeedTilesView: Sendable {
    let needs: [TaxonomyTerm]
    /// Extra query appended to each link (`&comune=pinerolo`), already encoded.
    let extraQuery: String
    /// Optional count per need code, shown under the label.
    let counts: [String: Int]
    /// The language of labels and links.
    var localizer: Localizer = .italian

    init(needs: [TaxonomyTerm], extraQuery: String = "", counts: [String: Int] = [:]) {
        self.needs = needs
        self.extraQuery = extraQuery
        self.counts = counts
    }

    func render() -> HTML {
        let tiles: [HTML] = needs.map { need in
            let hint: HTML
            if let count = counts[need.code] {
                hint = "<span class=\"tile-hint\">\(localizer.count(count, "count.service"))</span>"
            } else if !need.description.isEmpty {
                hint = "<span class=\"tile-hint\">\(localizer.label("need_hint", code: need.code, italian: need.description))</span>"
            } else {
                hint = HTML()
            }
            return """
            <li><a class="tile" href="\(SafeURL(path: localizer.path("/cerca") + "?bisogno=\(URLQuery.encode(need.code))\(extraQuery)"))">\
            <span class="tile-title">\(localizer.label("need", code: need.code, italian: need.label))</span>\(hint)</a></li>

            """
        }
        return "<ul class=\"tiles\">\n\(tiles)</ul>\n"
    }
}
