import Catalog

/// "In quale comune vivi?": the no-JavaScript comune picker (`GET /territori?comune=…`). Shown on
/// its own only when what was typed is empty, unknown or ambiguous; otherwise the handler
/// redirects to the comune's page.
public struct ComunePickerView: Sendable {
    public let layout: LayoutView
    public let typed: String
    public let choices: [Comune]
    public let errorMessage: String?

    public init(layout: LayoutView, typed: String, choices: [Comune], errorMessage: String?) {
        self.layout = layout
        self.typed = typed
        self.choices = choices
        self.errorMessage = errorMessage
    }

    public func render() -> HTML {
        let errors = errorMessage.map { [FieldError(field: "scelta-comune", message: $0)] } ?? []
        let meta = PageMetadata(title: "In quale comune vivi?", breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Territori")],
                                hasErrors: !errors.isEmpty, noIndex: true, usesComuneScript: true)
        let links: [HTML] = choices.map {
            "<li><a href=\"/territori/\(URLQuery.encode($0.slug))\">\($0.name)</a> (\($0.provinceCode), CAP \($0.postalCodes.joined(separator: ", ")))</li>"
        }
        let list: HTML = links.isEmpty ? HTML() : "<h2>Forse cercavi</h2>\n<ul>\(links)</ul>\n"
        return layout.render(meta, content: """
        \(ErrorSummaryView(errors: errors).render())<h1>In quale comune vivi?</h1>
        \(list)\(Self.form(id: "scelta-comune", value: typed, errorMessage: errorMessage))
        """)
    }

    /// The one-field form, also used on the home page.
    public static func form(id: String, value: String = "", errorMessage: String? = nil) -> HTML {
        """
        <form class="comune-picker" action="/territori" method="get">
        \(ComuneFieldView(id: id, value: value, errorMessage: errorMessage).render())\
        <button type="submit" class="button">Mostra i servizi del comune</button>
        </form>

        """
    }
}
