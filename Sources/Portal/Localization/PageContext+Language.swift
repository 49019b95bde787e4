import HTTPServer

extension PageContext {
    /// The language of the request's path prefix (`/en/…`), Italian otherwise.
    func localizer(for request: HTTPRequest) -> Localizer {
        languages.localizer(languages.split(path: request.path).code)
    }

    /// The layout in the request's language for a page with no counterpart in the other
    /// languages (a form's answer): no language switch, no `hreflang` links.
    func plainLayout(for request: HTTPRequest) throws -> LayoutView {
        try layout().localized(localizer(for: request), alternatePath: nil)
    }
}
