/// What a view tells the layout about its page: title, description, links for search engines and
/// social previews, structured data and the breadcrumb.
public struct PageMetadata: Sendable {
    /// The page's own title; the layout appends the site name.
    public var title: String
    /// One or two plain sentences for `<meta name="description">` and Open Graph.
    public var description: String?
    /// Site-relative path of the canonical URL (`/servizi/a-casa`), or nil for none.
    public var canonicalPath: String?
    /// Open Graph `og:type` (`website`, `article`); nil leaves Open Graph out.
    public var openGraphType: String?
    /// schema.org data, already encoded as JSON; written in a non-executable data block.
    public var jsonLD: String?
    /// Path from the home page to here; empty for no breadcrumb.
    public var breadcrumb: [BreadcrumbItem]
    /// Whether the page shows a form error (the title is then prefixed with "Errore: ").
    public var hasErrors: Bool
    /// Whether search engines should skip the page (search results, error pages).
    public var noIndex: Bool
    /// Whether the page loads the comune-autocomplete script.
    public var usesComuneScript: Bool
    /// Whether the page carries the "Esci subito" bar (pages about violence, see `SensitiveTopics`).
    public var showsQuickExit = false

    public init(
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
public struct BreadcrumbItem: Sendable, Equatable {
    public var label: String
    public var path: String?

    public init(_ label: String, path: String? = nil) {
        self.label = label
        self.path = path
    }
}
