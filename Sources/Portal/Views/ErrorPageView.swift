/// The error pages, in the language of the layout: what actually went wrong in plain words
/// (`error.<kind>.lead`), what to do next (`error.<kind>.next`), and a search box so the visitor
/// never reaches a dead end. Technical details are never shown. Each page goes with one status,
/// decided with it in `ErrorResponder` (never patched afterwards).
struct ErrorPageView: Sendable {
    let layout: LayoutView

    init(layout: LayoutView) { self.layout = layout }

    var l10n: Localizer { layout.localizer }

    /// 404: the address does not lead to a page; `what` (already in the page's language) says what is missing.
    func notFound(what: String? = nil) -> HTML {
        standard("not_found", lead: what)
    }

    /// 400: some values cannot be used; `problems` says what to change, in plain words. After a
    /// search the next step is to correct it; after anything else, to go back to the form.
    func badRequest(problems: [String], afterSearch: Bool = true) -> HTML {
        let next: HTML = afterSearch
            ? "\(l10n.tr("error.bad_request.next_search")) <a href=\"\(l10n.path("/cerca"))\">\(l10n.tr("error.bad_request.restart"))</a>."
            : HTML(text: l10n.tr("error.bad_request.next_form"))
        return page(title: l10n.tr("error.bad_request.title"), body: """
            <p class="lead">\(l10n.tr("error.bad_request.lead"))</p>
            \(problemList(problems))<p>\(next)</p>
            """, hasErrors: true)
    }

    /// 400 for an address or form whose characters cannot be decoded; `inForm` for a sent form.
    func undecodable(inForm: Bool) -> HTML {
        standard(inForm ? "bad_form" : "bad_address", titleKey: "error.bad_request.title")
    }

    /// 400 for a query or form with more than `limit` fields.
    func tooManyFields(limit: Int) -> HTML {
        standard("too_many_fields", titleKey: "error.bad_request.title", values: ["limit": String(limit)])
    }

    /// 405: the address exists but does not take this kind of request.
    func methodNotAllowed() -> HTML { standard("method") }

    /// 409: someone else changed the same data meanwhile; nothing was saved.
    func conflict() -> HTML { standard("conflict") }

    /// 422: the data sent break the rules listed in `problems`; nothing was saved.
    func unprocessable(problems: [String]) -> HTML {
        page(title: l10n.tr("error.unprocessable.title"), body: """
            <p class="lead">\(l10n.tr("error.unprocessable.lead"))</p>
            \(problemList(problems))<p>\(l10n.tr("error.unprocessable.next"))</p>
            """, hasErrors: true)
    }

    /// 413: what was sent is larger than `limitBytes` (when known); nothing was saved.
    /// `back` is a link to the form to try again from; `limitText` stands in for the size when given.
    func tooLarge(limitBytes: Int?, back: (path: String, label: String)? = nil, limitText: String? = nil) -> HTML {
        let size = limitText ?? limitBytes.map(Self.size)
        let lead = size.map { l10n.tr("error.too_large.lead_limit", ["size": $0]) } ?? l10n.tr("error.too_large.lead")
        let link: HTML = back.map { "<p><a href=\"\($0.path)\">\($0.label)</a></p>\n" } ?? HTML()
        return page(title: l10n.tr("error.too_large.title"), body: """
            <p class="lead">\(lead)</p>
            <p>\(l10n.tr("error.too_large.next"))</p>
            \(link)
            """, hasErrors: true)
    }

    /// 415: a form arrived in a format this address does not take.
    func unsupportedMediaType() -> HTML { standard("media_type") }

    /// Any other refused request (4xx): its status in words, and the way back.
    func refused(code: Int) -> HTML {
        standard("refused", titleKey: "error.bad_request.title", values: ["code": String(code)])
    }

    /// 500: something went wrong on our side.
    func serverError(requestID: String) -> HTML {
        let reference: HTML = requestID.isEmpty ? HTML() : " \(l10n.tr("error.server.reference")) <code>\(requestID)</code>."
        return page(
            title: l10n.tr("error.server.title"),
            body: """
            <p class="lead">\(l10n.tr("error.server.lead"))</p>
            <p>\(l10n.tr("error.server.next"))\(reference)</p>
            """)
    }

    /// `error.<kind>.title`, `.lead` (or `lead`), `.next`.
    func standard(_ kind: String, lead: String? = nil, titleKey: String? = nil, values: [String: String] = [:]) -> HTML {
        page(title: l10n.tr(titleKey ?? "error.\(kind).title", values), body: """
            <p class="lead">\(lead ?? l10n.tr("error.\(kind).lead", values))</p>
            <p>\(l10n.tr("error.\(kind).next", values))</p>
            """, hasErrors: kind != "not_found")
    }

    func problemList(_ problems: [String]) -> HTML {
        let items: [HTML] = problems.map { "<li>\($0)</li>" }
        return items.isEmpty ? HTML() : "<ul class=\"problems\">\(items)</ul>\n"
    }

    /// "5 MB", "16 KB".
    static func size(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : "\(max(1, bytes / 1024)) KB"
    }

    func page(title: String, body: HTML, hasErrors: Bool = false) -> HTML {
        let meta = PageMetadata(title: title, hasErrors: hasErrors, noIndex: true, usesComuneScript: true)
        var box = SearchBoxView(idPrefix: "errore", heading: l10n.tr("nav.search"))
        box.localizer = l10n
        return layout.render(meta, content: """
        <h1>\(title)</h1>
        \(body)
        <section class="panel" aria-labelledby="errore-titolo">
        \(box.render())</section>
        <p><a class="button button-secondary" href="\(l10n.path("/"))">\(l10n.tr("error.home"))</a></p>
        """)
    }
}
