/// What every page needs to know about the site itself, passed to each view.
public struct SiteContext: Sendable {
    /// The portal's name in the header and in `<title>`.
    var siteName: String
    /// Absolute origin for canonical URLs, Open Graph and the sitemap, without a trailing slash
    /// (`https://vetrina.example.it`). Never taken from the request's `Host` header.
    public var baseURL: String
    /// Whether the catalog holds demo data; pages then carry the demo-data notice.
    var showsDemoNotice: Bool
    /// Path of the one stylesheet.
    var stylesheetPath: String
    /// Path of the comune-autocomplete script (progressive; pages work without it).
    var scriptPath: String

    /// - Parameters:
    ///   - baseURL: origin used in absolute links; a trailing `/` is removed.
    public init(
        siteName: String = "Vetrina Welfare Piemonte",
        baseURL: String = "http://127.0.0.1:8080",
        showsDemoNotice: Bool = false,
        stylesheetPath: String = "/static/vetrina.css",
        scriptPath: String = "/static/comune.js"
    ) {
        self.siteName = siteName
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.showsDemoNotice = showsDemoNotice
        self.stylesheetPath = stylesheetPath
        self.scriptPath = scriptPath
    }

    /// `baseURL` followed by `path`.
    func absoluteURL(_ path: String) -> String { baseURL + path }
}
