import Catalog

/// "C'è un problema": a summary at the top of the page listing every error as a link to its
/// field (GOV.UK error summary, STYLE 11). The `field` of each `FieldError` is the id of the
/// field (the first box of a group). Announced to screen readers when the page loads, and takes
/// focus (`autofocus`, so without JavaScript too); following a link lands on the field with its
/// label still in view (`scroll-margin-top` in the stylesheet).
struct ErrorSummaryView: Sendable {
    let errors: [FieldError]
    /// The language of the heading (the messages come translated).
    var localizer: Localizer = .italian

    init(errors: [FieldError], localizer: Localizer = .italian) {
        self.errors = errors
        self.localizer = localizer
    }

    func render() -> HTML {
        guard !errors.isEmpty else { return HTML() }
        let items: [HTML] = errors.map { "<li><a href=\"#\($0.field)\">\($0.message)</a></li>" }
        return """
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
        <h2 id="error-summary-title">\(localizer.tr("summary.title"))</h2>
        <ul>\(items)</ul>
        </div>

        """
    }

    /// The inline message for `fieldID`, or nothing.
    func message(for fieldID: String) -> HTML {
        guard let error = errors.first(where: { $0.field == fieldID }) else { return HTML() }
        return "<p class=\"field-error\" id=\"\(fieldID)-errore\"><span class=\"visually-hidden\">\(localizer.tr("layout.error_prefix"))</span> \(error.message)</p>"
    }
}
