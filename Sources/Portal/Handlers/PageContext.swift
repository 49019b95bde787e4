import Catalog
import HTTPServer
import Search

/// What every page handler shares: the catalog, the configuration, and the layout for this
/// request (the demo notice depends on the catalog's current content).
struct PageContext: Sendable {
    let catalog: any PortalCatalog
    let configuration: PortalConfiguration
    /// Counts public searches for the needs observatory; nil records nothing.
    var searchRecorder: SearchStatRecorder? = nil
    /// Signs the card feedback forms; nil shows none.
    var feedbackSigner: TokenSigner? = nil

    /// Who sent `request`: the peer, or behind a trusted proxy the forwarded client (`ProxyTrust`),
    /// so per-client limits do not lump every visitor under the proxy's address.
    func clientAddress(of request: HTTPRequest) -> String { configuration.proxyTrust.clientAddress(of: request) }

    /// The interface languages (`Resources/messages/*.tsv`).
    var languages: MessageCatalogs { MessageCatalogs.bundled }

    /// The layout, with the demo notice when demo records are present.
    func layout() throws -> LayoutView {
        var site = configuration.site
        site.showsDemoNotice = try catalog.hasDemoData()
        return LayoutView(site: site)
    }

    /// The layout of a page that exists in every language: in the language of the request's path
    /// prefix (`/en/…`), with the language switch and `hreflang` links for its Italian path.
    func layout(for request: HTTPRequest) throws -> LayoutView {
        let (code, path) = languages.split(path: request.path)
        let query = request.query.isEmpty ? "" : "?\(request.query)"
        return try layout().localized(languages.localizer(code), alternatePath: path + query)
    }

    /// A 200 HTML page, cacheable for `pageMaxAge` seconds.
    func page(_ html: HTML) -> HTTPResponse {
        HTMLResponse.page(html, cache: .publicFor(seconds: configuration.pageMaxAge))
    }

    /// The decoded query string.
    /// - Throws: `FormDecodingError` for bad escapes (mapped to 400).
    func query(_ request: HTTPRequest) throws -> URLEncodedForm {
        try request.queryParameters(limits: URLEncodedForm.Limits(maxFields: 100))
    }

    /// The vocabularies search parameters are checked against.
    func vocabulary() throws -> (SearchParameters.Vocabulary, Terms) {
        let terms = Terms(
            needs: try catalog.terms(.need), targets: try catalog.terms(.target),
            deliveryModes: try catalog.terms(.deliveryMode), organizationKinds: try catalog.terms(.organizationKind))
        let vocabulary = SearchParameters.Vocabulary(
            needs: Set(terms.needs.map(\.code)), targets: Set(terms.targets.map(\.code)),
            deliveryModes: Set(terms.deliveryModes.map(\.code)), organizationKinds: Set(terms.organizationKinds.map(\.code)))
        return (vocabulary, terms)
    }

    struct Terms: Sendable {
        var needs: [TaxonomyTerm]
        var targets: [TaxonomyTerm]
        var deliveryModes: [TaxonomyTerm]
        var organizationKinds: [TaxonomyTerm]
    }

    /// A path parameter, or 404 when missing.
    func parameter(_ request: HTTPRequest, _ name: String) throws(PortalError) -> String {
        guard let value = request.pathParameters[name], !value.isEmpty, value.utf8.count <= 200 else {
            throw .notFound(what: nil)
        }
        return value
    }
}
