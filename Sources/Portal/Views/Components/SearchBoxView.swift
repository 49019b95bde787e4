/// The basic search form: what (free text) and where (comune name or postal code), sent with GET
/// to `/cerca`. Works without JavaScript; the comune field is enhanced by `comune.js` when present.
struct SearchBoxView: Sendable {
    let text: String
    let comune: String
    /// Prefix for element ids, so two boxes can share a page.
    let idPrefix: String
    let heading: String?
    /// The language of labels and of the form's target.
    var localizer: Localizer = .italian

    init(text: String = "", comune: String = "", idPrefix: String = "s", heading: String? = nil) {
        self.text = text
        self.comune = comune
        self.idPrefix = idPrefix
        self.heading = heading
    }

    func render() -> HTML {
        let title: HTML = heading.map { "<h2 id=\"\(idPrefix)-titolo\">\($0)</h2>\n" } ?? HTML()
        return """
        <form class="search-box" action="\(localizer.path("/cerca"))" method="get" role="search">
        \(title)<div class="field">
        <label for="\(idPrefix)-q">\(localizer.tr("search.what"))</label>
        <span class="hint" id="\(idPrefix)-q-hint">\(localizer.tr("search.what_hint"))</span>
        <input type="search" id="\(idPrefix)-q" name="q" value="\(text)" aria-describedby="\(idPrefix)-q-hint" \
        maxlength="200">
        </div>
        \(ComuneFieldView(id: "\(idPrefix)-comune", value: comune, localizer: localizer).render())<button type="submit" class="button">\(localizer.tr("search.submit"))</button>
        </form>

        """
    }
}

/// The comune picker without JavaScript: a plain text field (name or postal code) that the server
/// resolves. `comune.js` adds suggestions from `/api/comuni` through the linked `datalist`.
struct ComuneFieldView: Sendable {
    let id: String
    let value: String
    /// A problem with the value, shown next to the field (same words as the error summary).
    let errorMessage: String?
    let localizer: Localizer

    init(id: String, value: String, errorMessage: String? = nil, localizer: Localizer = .italian) {
        self.localizer = localizer
        self.id = id
        self.value = value
        self.errorMessage = errorMessage
    }

    func render() -> HTML {
        let error: HTML = errorMessage.map {
            "<p class=\"field-error\" id=\"\(id)-errore\"><span class=\"visually-hidden\">\(localizer.tr("layout.error_prefix"))</span> \($0)</p>\n"
        } ?? HTML()
        let describedBy = errorMessage == nil ? "\(id)-hint" : "\(id)-hint \(id)-errore"
        let fieldClass: HTML = errorMessage == nil ? "field" : "field field-with-error"
        return """
        <div class="\(fieldClass)">
        <label for="\(id)">\(localizer.tr("comune.field"))</label>
        <span class="hint" id="\(id)-hint">\(localizer.tr("comune.field_hint"))</span>
        \(error)<input type="text" id="\(id)" name="comune" value="\(value)" aria-describedby="\(describedBy)" \
        autocomplete="off" list="\(id)-lista" data-comuni="/api/comuni" maxlength="80">
        <datalist id="\(id)-lista"></datalist>
        </div>

        """
    }
}
