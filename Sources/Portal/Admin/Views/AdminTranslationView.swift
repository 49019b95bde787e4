import Catalog

/// The form for one card's texts in one other language. Empty fields stay untranslated: the
/// public page then shows the Italian text with a notice in that language.
struct AdminTranslationView: Sendable {
    let page: AdminPageView

    func render(service: Service, language: MessageCatalog, translation: ServiceTranslation, context: AdminContext,
                errors: [FieldError] = [], saved: Bool = false) -> HTML {
        let e = ErrorSummaryView(errors: errors)
        let name = language.nativeName
        let fields = service.fields
        let content: HTML = """
        <h1>Traduzione in \(name): \(fields.title)</h1>
        \(HTML.when(saved, "<p class=\"notice\" role=\"status\">Traduzione salvata.</p>"))\
        <p>Scrivi i testi della scheda in \(name) (lingua «\(language.code)»). I campi lasciati vuoti restano in italiano: \
        la pagina in \(name) mostra il testo italiano e avvisa che quell'informazione è disponibile solo in italiano. \
        Svuotare tutti i campi cancella la traduzione. La ricerca usa sempre i testi italiani.</p>
        <form method="post" action="/admin/schede/\(String(service.id))/traduzione/\(language.code)" lang="\(language.code)"\
        \(HTML.when(language.direction == "rtl", " dir=\"rtl\""))>
        \(AdminForm.csrf(context.csrfToken))\
        \(AdminForm.input("title", label: "Titolo", value: translation.title, hint: "In italiano: \(fields.title)", errors: e))
        \(AdminForm.textarea("summary", label: "In breve", value: translation.summary, hint: "In italiano: \(fields.summary)", rows: 2, errors: e))
        \(AdminForm.textarea("description", label: "Descrizione", value: translation.description, rows: 6, errors: e))
        \(AdminForm.textarea("eligibility", label: "Condizioni (chi può accedere)", value: translation.eligibility, errors: e))
        \(AdminForm.textarea("how_to_apply", label: "Come fare", value: translation.howToApply, errors: e))
        <button type="submit">Salva la traduzione</button>
        </form>
        <p><a href="/admin/schede/\(String(service.id))">Torna alla scheda</a></p>
        """
        let breadcrumb = [BreadcrumbItem("Area operatori", path: "/admin"), BreadcrumbItem("Schede", path: "/admin/schede"),
                          BreadcrumbItem(fields.title, path: "/admin/schede/\(service.id)"), BreadcrumbItem("Traduzione")]
        return page.render(title: "Traduzione in \(name): \(fields.title)", user: context, errors: errors,
                           breadcrumb: breadcrumb, content: content)
    }
}
