/// `/privacy` (and `/en/privacy`): what the portal keeps about visitors. Every statement mirrors
/// the code: `AccessLog` (no query strings, headers, cookies or bodies), the observatory's
/// aggregates (`SearchStatRecorder`, k = 5), `card_feedback`, `contact_request`, and the cookies
/// set. Texts: `privacy.*`.
struct PrivacyNoticeView: Sendable {
    let layout: LayoutView

    var l10n: Localizer { layout.localizer }

    func render() -> HTML {
        let title = l10n.tr("privacy.title")
        let meta = PageMetadata(
            title: title, description: l10n.tr("privacy.description"), canonicalPath: "/privacy",
            breadcrumb: [BreadcrumbItem(l10n.tr("crumb.home"), path: "/"), BreadcrumbItem(title)])
        let cookies: [HTML] = [("vw_piano", "privacy.cookie_plan"), ("vw_modulo", "privacy.cookie_form")].map {
            "<li><code>\($0.0)</code>: \(l10n.tr($0.1))</li>"
        } + ["<li>\(l10n.html("privacy.cookie_session", ["access": "<code>vw_accesso</code>", "session": "<code>vw_sessione</code>"]))</li>"]
        return layout.render(meta, content: """
        <h1>\(title)</h1>
        <p class="lead">\(l10n.tr("privacy.lead"))</p>
        <section aria-labelledby="registro"><h2 id="registro">\(l10n.tr("privacy.log"))</h2>
        <p>\(l10n.html("privacy.log_text", ["path": "<strong>\(l10n.tr("privacy.log_path"))</strong>"]))</p>
        <p>\(l10n.tr("privacy.log_retention"))</p>
        </section>
        <section aria-labelledby="osservatorio-dati"><h2 id="osservatorio-dati">\(l10n.tr("privacy.observatory"))</h2>
        <p>\(l10n.tr("privacy.observatory_text"))</p>
        </section>
        <section aria-labelledby="segnalazioni"><h2 id="segnalazioni">\(l10n.tr("privacy.feedback"))</h2>
        <p>\(l10n.html("privacy.feedback_text", ["form": "«\(l10n.tr("feedback.title"))»"]))</p>
        </section>
        <section aria-labelledby="richieste"><h2 id="richieste">\(l10n.tr("privacy.requests"))</h2>
        <p>\(l10n.tr("privacy.requests_text"))</p>
        </section>
        <section aria-labelledby="cookie"><h2 id="cookie">\(l10n.tr("privacy.cookies"))</h2>
        <p>\(l10n.tr("privacy.cookies_text"))</p>
        <ul>
        \(cookies)
        </ul>
        <p>\(l10n.html("privacy.cookie_prefix", ["prefix": "<code>__Host-</code>"]))</p>
        </section>
        """)
    }
}
