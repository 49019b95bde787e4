import Catalog

/// "In quale comune vivi?": the no-JavaScript comune picker (`GET /territori?comune=…`). Shown on
/// its own only when what was typed is empty, unknown or ambiguous; otherwise the handler
/// redirects to the comune's page.
struct ComunePickerView: Sendable {
    let layout: LayoutView
    let typed: String
    let choices: [Comune]
    let errorMessage: String?

    init(layout: LayoutView, typed: String, choices: [Comune], errorMessage: String?) {
        self.layout = layout
        self.typed = typed
        self.choices = choices
        self.errorMessage = errorMessage
    }

    func render() -> HTML {
        let l10n = layout.localizer
        let errors = errorMessage.map { [FieldError(field: "scelta-comune", message: $0)] } ?? []
        let meta = PageMetadata(title: l10n.tr("picker.title"), breadcrumb: [BreadcrumbItem(l10n.tr("crumb.home"), path: "/"), BreadcrumbItem(l10n.tr("crumb.territories"))],
                                hasErrors: !errors.isEmpty, noIndex: true, usesComuneScript: true)
        let links: [HTML] = choices.map {
            "<li><a href=\"\(l10n.path("/territori/\(URLQuery.encode($0.slug))"))\">\($0.name)</a> (\($0.provinceCode), \(l10n.tr("comune.postcode")) \($0.postalCodes.joined(separator: ", ")))</li>"
        }
        let list: HTML = links.isEmpty ? HTML() : "<h2>\(l10n.tr("picker.did_you_mean"))</h2>\n<ul>\(links)</ul>\n"
        return layout.render(meta, content: """
        <h1>\(l10n.tr("picker.title"))</h1>
        \(ErrorSummaryView(errors: errors, localizer: l10n).render())\(list)\(Self.form(id: "scelta-comune", value: typed, errorMessage: errorMessage, localizer: l10n))
        """)
    }

    /// The one-field form, also used on the home page.
    static func form(id: String, value: String = "", errorMessage: String? = nil, localizer: Localizer = .italian) -> HTML {
        """
        <form class="comune-picker" action="\(localizer.path("/territori"))" method="get">
        \(ComuneFieldView(id: id, value: value, errorMessage: errorMessage, localizer: localizer).render())\
        <button type="submit" class="button">\(localizer.tr("comune.submit"))</button>
        </form>

        """
    }
}
