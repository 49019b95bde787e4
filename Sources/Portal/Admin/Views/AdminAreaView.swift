import Catalog
import Foundation

/// The custom areas list and form.
struct AdminAreaView: Sendable {
    let page: AdminPageView

    func list(_ areas: [Area], context: AdminContext) -> HTML {
        let items: [HTML] = areas.map { "<li><a href=\"/admin/aree/\(String($0.id))\">\($0.name)</a> · \($0.kind.label) · \($0.comuneIds.count) comuni</li>" }
        let content: HTML = """
        <h1>Aree</h1>
        <p>Insiemi di comuni definiti dalla rete: distretti socio-assistenziali, valli, unioni montane.</p>
        <p><a class="button" href="/admin/aree/nuova">Nuova area</a></p>
        \(items.isEmpty ? "<p>Nessuna area.</p>" as HTML : "<ul>\(items)</ul>")
        """
        return page.render(title: "Aree", user: context, content: content)
    }

    func form(_ draft: AreaDraft, comuni: String, id: Int64?, context: AdminContext, errors: [FieldError], notice: String? = nil) -> HTML {
        let e = ErrorSummaryView(errors: errors)
        let kinds = AreaKind.allCases.map { (value: $0.rawValue, label: $0.label) }
        let content: HTML = """
        <h1>\(id == nil ? "Nuova area" : draft.name)</h1>
        \(notice.map { "<div class=\"notice notice-ok\" role=\"status\"><p>\($0)</p></div>" as HTML } ?? HTML())\
        <form method="post" action="\(id.map { "/admin/aree/\($0)" } ?? "/admin/aree/nuova")" novalidate>
        \(AdminForm.csrf(context.csrfToken))
        \(AdminForm.input("name", label: "Nome", value: draft.name, errors: e))\
        \(AdminForm.select("kind", label: "Tipo di area", options: kinds, selected: draft.kind.rawValue, errors: e))\
        \(AdminForm.textarea("description", label: "Descrizione", value: draft.description, rows: 3, errors: e))\
        \(AdminForm.textarea("comuni", label: "Comuni dell'area", value: comuni, hint: "Nomi o codici ISTAT separati da virgole.", rows: 5, errors: e))\
        <button type="submit" class="button">Salva l'area</button>
        </form>
        """
        return page.render(title: id == nil ? "Nuova area" : "Area: \(draft.name)", user: context, errors: errors, content: content)
    }
}
