/// `/accessibilita` (and `/en/accessibilita`): the accessibility statement, following the
/// structure of the AgID model (conformance status, non-accessible content, how the statement was
/// prepared, feedback, enforcement procedure). Honest about the known gaps. Texts: `a11y.*`.
struct AccessibilityStatementView: Sendable {
    let layout: LayoutView
    /// Where accessibility reports go (`vetrina serve --accessibility-email`); nil says so plainly.
    let contactEmail: String?

    var l10n: Localizer { layout.localizer }

    func render() -> HTML {
        let title = l10n.tr("a11y.title")
        let meta = PageMetadata(
            title: title, description: l10n.tr("a11y.description"), canonicalPath: "/accessibilita",
            breadcrumb: [BreadcrumbItem(l10n.tr("crumb.home"), path: "/"), BreadcrumbItem(title)])
        let gaps: [HTML] = ["a11y.gap.languages", "a11y.gap.texts", "a11y.gap.documents", "a11y.gap.manual"].map { "<li>\(l10n.tr($0))</li>" }
        return layout.render(meta, content: """
        <h1>\(title)</h1>
        <p class="lead">\(l10n.tr("a11y.lead"))</p>
        <section aria-labelledby="conformita"><h2 id="conformita">\(l10n.tr("a11y.status"))</h2>
        <p>\(l10n.html("a11y.status_text", ["partial": "<strong>\(l10n.tr("a11y.partial"))</strong>"]))</p>
        </section>
        <section aria-labelledby="non-accessibili"><h2 id="non-accessibili">\(l10n.tr("a11y.gaps"))</h2>
        <ul>
        \(gaps)
        </ul>
        </section>
        <section aria-labelledby="redazione"><h2 id="redazione">\(l10n.tr("a11y.method"))</h2>
        <p>\(l10n.html("a11y.method_text", ["axe": "<strong>axe-core 4.12</strong>", "nu": "<strong>Nu checker</strong>", "make": "<code>make test</code>"]))</p>
        </section>
        <section aria-labelledby="feedback-accessibilita"><h2 id="feedback-accessibilita">\(l10n.tr("a11y.feedback"))</h2>
        \(feedbackContact())
        </section>
        <section aria-labelledby="attuazione"><h2 id="attuazione">\(l10n.tr("a11y.enforcement"))</h2>
        <p>\(l10n.tr("a11y.enforcement_text")) https://form.agid.gov.it/</p>
        </section>
        """)
    }

    /// The feedback paragraph: the configured address, or an honest note and the card forms.
    func feedbackContact() -> HTML {
        guard let email = contactEmail, let mailto = SafeURL.email(email) else {
            return "<p>\(l10n.tr("a11y.no_email"))</p>\n"
        }
        return "<p>\(l10n.html("a11y.email", ["email": "<a href=\"\(mailto)\">\(email)</a>"]))</p>\n"
    }
}
