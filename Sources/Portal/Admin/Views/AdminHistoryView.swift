import Catalog
import Foundation

/// The history of a card: every revision and every saved translation (who, when, what changed)
/// and, per revision, a readable field-by-field diff with the previous one and the button to
/// restore it as a new revision.
struct AdminHistoryView: Sendable {
    let page: AdminPageView

    func list(service: Service, revisions: [Revision], translations: [TranslationRevision], context: AdminContext) -> HTML {
        let rows: [HTML] = Self.newestFirst(revisions, translations).map { entry in
            switch entry {
            case .card(let r):
                return """
                <tr><td><a href="/admin/schede/\(String(service.id))/storia/\(r.version)">Versione \(r.version)</a></td>\
                <td>\(ItalianDate.long(r.createdAt))</td><td>\(r.author)</td><td>\(r.changeSummary)</td></tr>
                """
            case .translation(let t):
                let name = LanguageNames.italianName(t.translation.language)
                return """
                <tr><td><a href="/admin/schede/\(String(service.id))/traduzione/\(t.translation.language)">Traduzione in \(name)</a></td>\
                <td>\(ItalianDate.long(t.savedAt))</td><td>\(t.author)</td><td>\(t.changeSummary)</td></tr>
                """
            }
        }
        let content: HTML = """
        <h1>Storia delle modifiche: \(service.fields.title)</h1>
        <p><a href="/admin/schede/\(String(service.id))">Torna alla scheda</a></p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Tabella: versioni e traduzioni salvate"><table><caption>Versioni e traduzioni salvate, dalla più recente</caption>
        <thead><tr><th scope="col">Versione</th><th scope="col">Quando</th><th scope="col">Chi</th><th scope="col">Che cosa è cambiato</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        """
        return page.render(title: "Storia: \(service.fields.title)", user: context, breadcrumb: crumbs(service), content: content)
    }

    func revision(service: Service, revision: Revision, changes: [FieldChange], context: AdminContext) -> HTML {
        let rows: [HTML] = changes.map { c in
            "<tr><th scope=\"row\">\(c.label)</th><td class=\"diff-before\">\(multiline(c.before))</td><td class=\"diff-after\">\(multiline(c.after))</td></tr>"
        }
        let canRestore = revision.version != service.version
        let restore: HTML = canRestore ? """
            <form method="post" action="/admin/schede/\(String(service.id))/storia/\(revision.version)/ripristina">\
            \(AdminForm.csrf(context.csrfToken))\(AdminForm.hidden("version", String(service.version)))\
            <button type="submit" class="button">Ripristina questa versione</button></form>
            <p class="hint">Il ripristino crea una nuova versione: la storia non viene cancellata.</p>
            """ : "<p>Questa è la versione attuale.</p>"
        let content: HTML = """
        <h1>Versione \(revision.version) di «\(service.fields.title)»</h1>
        <p>Salvata il \(ItalianDate.long(revision.createdAt)) da \(revision.author). \(revision.changeSummary)</p>
        \(changes.isEmpty ? "<p>Nessun campo cambiato rispetto alla versione precedente.</p>" as HTML : """
        <div class="table-wrap" tabindex="0" role="region" aria-label="Tabella: campi cambiati"><table><caption>Campi cambiati rispetto alla versione precedente</caption>
        <thead><tr><th scope="col">Campo</th><th scope="col">Prima</th><th scope="col">Dopo</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        """)\(restore)
        <p><a href="/admin/schede/\(String(service.id))/storia">Tutte le versioni</a></p>
        """
        return page.render(title: "Versione \(revision.version)", user: context, breadcrumb: crumbs(service), content: content)
    }

    enum Entry {
        case card(Revision)
        case translation(TranslationRevision)
    }

    /// Card revisions (newest first, by version) and translation revisions (newest first)
    /// interleaved by time; at the same second a translation comes first (it followed the save).
    static func newestFirst(_ revisions: [Revision], _ translations: [TranslationRevision]) -> [Entry] {
        var merged: [Entry] = []
        var r = revisions[...], t = translations[...]
        while let card = r.first, let translation = t.first {
            if card.createdAt > translation.savedAt { merged.append(.card(r.removeFirst())) }
            else { merged.append(.translation(t.removeFirst())) }
        }
        return merged + r.map(Entry.card) + t.map(Entry.translation)
    }

    private func multiline(_ text: String) -> HTML {
        text.isEmpty ? "<em>(vuoto)</em>" : HTML.join(text.split(separator: "\n", omittingEmptySubsequences: false).map { HTML(text: String($0)) }, separator: "<br>")
    }

    private func crumbs(_ service: Service) -> [BreadcrumbItem] {
        [BreadcrumbItem("Area operatori", path: "/admin"), BreadcrumbItem("Schede", path: "/admin/schede"),
         BreadcrumbItem(service.fields.title, path: "/admin/schede/\(service.id)"), BreadcrumbItem("Storia")]
    }
}
