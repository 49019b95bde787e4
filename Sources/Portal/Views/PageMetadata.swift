/// What a view tells the layout about its page: title, description, links for search engines and
/// social previews, structured data and the breadcrumb.
struct PageMetadata: Sendable {
    /// The page's own title; the layout appends the site name.
    var title: String
    /// One or two plain sentences for `<meta name="description">` and Open Graph.
    var description: String?
    /// Site-relative path of the canonical URL (`/servizi/a-casa`), or nil for none.
    var canonicalPath: String?
    /// Open Graph `og:type` (`website`, `article`); nil leaves Open Graph out.
    var openGraphType: String?
    /// schema.org data, already encoded as JSON; written in a non-executable data block.
    var jsonLD: String?
    /// Path from the home page to here; empty for no breadcrumb.
    var breadcrumb: [BreadcrumbItem]
    /// Whether the page shows a form error (the title is then prefixed with "Errore: ").
    var hasErrors: Bool
    /// Whether search engines should skip the page (search results, error pages).
    var noIndex: Bool
    /// Whether the page loads the comune-autocomplete script.
    var usesComuneScript: Bool
    /// Whether the page carries the "Esci subito" bar (pages about violence, see `SensitiveTopics`).
    var showsQuickExit = false

    init(
        title: String, description: String? = nil, canonicalPath: String? = nil,
        openGraphType: String? = nil, jsonLD: String? = nil, breadcrumb: [BreadcrumbItem] = [],
        hasErrors: Bool = false, noIndex: Bool = false, usesComuneScript: Bool = false
    ) {
        self.title = title
        self.description = description
        self.canonicalPath = canonicalPath
        self.openGraphType = openGraphType
        self.jsonLD = jsonLD
        self.breadcrumb = breadcrumb
        self.hasErrors = hasErrors
        self.noIndex = noIndex
        self.usesComuneScript = usesComuneScript
    }
}

/// One step of a breadcrumb; the last step has no link (it is the current page).
struct BreadcrumbItem: Sendable, Equatable {
    var label: String
    var path: String?

    init(_ label: String, path: String? = nil) {
        self.label = label
        self.path = path
    }
}
