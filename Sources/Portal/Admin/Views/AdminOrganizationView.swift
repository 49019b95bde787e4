import Catalog
import Foundation
import Accounts

/// The organisations list and form.
struct AdminOrganizationView: Sendable {
    let page: AdminPageView

    func list(_ organizations: [(id: Int64, slug: String, name: String)], context: AdminContext) -> HTML {
        let items: [HTML] = organizations.map { "<li><a href=\"/admin/enti/\(String($0.id))\">\($0.name)</a> · <a href=\"/enti/\($0.slug)\">pagina pubblica</a></li>" }
        let content: HTML = """
        <h1>Enti</h1>
        \(HTML.when(AccessPolicy.allows(context.user, .manageOrganizations), "<p><a class=\"button\" href=\"/admin/enti/nuovo\">Nuovo ente</a></p>"))
        \(items.isEmpty ? "<p>Nessun ente.</p>" as HTML : "<ul>\(items)</ul>")
        """
        return page.render(title: "Enti", user: context, content: content)
    }

    /// `live`: the user saves directly (editors, admins); otherwise saving sends a proposal and
    /// the `verified` badge is not offered. `proposal`: the open one, shown to reviewers.
    func form(_ d: OrganizationDraft, id: Int64?, vocabulary: AdminVocabulary, comune: String, context: AdminContext,
              errors: [FieldError], notice: String? = nil, live: Bool = true, proposal: OrganizationProposal? = nil) -> HTML {
        let e = ErrorSummaryView(errors: errors)
        let kinds = [(value: "", label: "Scegli il tipo")] + vocabulary.terms(.organizationKind).map { (value: $0.code, label: $0.label) }
        let content: HTML = """
        <h1>\(id == nil ? "Nuovo ente" : d.name)</h1>
        \(notice.map { "<div class=\"notice notice-ok\" role=\"status\"><p>\($0)</p></div>" as HTML } ?? HTML())\
        \(id.map { proposalPanel(proposal, id: $0, live: live, context: context) } ?? HTML())\
        <form method="post" action="\(id.map { "/admin/enti/\($0)" } ?? "/admin/enti/nuovo")" novalidate>
        \(AdminForm.csrf(context.csrfToken))
        \(AdminForm.input("name", label: "Nome", value: d.name, errors: e))\
        \(HTML.when(id != nil, AdminForm.checkbox("rinnova_indirizzo", label: "Aggiorna anche l'indirizzo della pagina al nuovo nome (il vecchio indirizzo continuerà a portare qui)", checked: false)))\
        \(AdminForm.select("kind", label: "Tipo di ente", options: kinds, selected: d.kindCode, errors: e))\
        \(AdminForm.textarea("description", label: "Descrizione", value: d.description, errors: e))\
        \(AdminForm.input("tax_code", label: "Codice fiscale", value: d.taxCode ?? "", errors: e))\
        \(AdminForm.input("vat_number", label: "Partita IVA", value: d.vatNumber ?? "", errors: e))\
        \(AdminForm.input("phone", label: "Telefono", value: d.contacts.phone ?? "", type: "tel", errors: e))\
        \(AdminForm.input("email", label: "E-mail", value: d.contacts.email ?? "", type: "email", errors: e))\
        \(AdminForm.input("pec", label: "PEC", value: d.pec ?? "", type: "email", errors: e))\
        \(AdminForm.input("website", label: "Sito web", value: d.contacts.website ?? "", type: "url", errors: e))\
        \(AdminForm.input("address", label: "Indirizzo", value: d.address ?? "", errors: e))\
        \(AdminForm.input("postal_code", label: "CAP", value: d.postalCode ?? "", errors: e))\
        \(AdminForm.input("comune", label: "Comune", value: comune, errors: e))\
        \(HTML.when(live, AdminForm.checkbox("verified", label: "Dati verificati con l'ente", checked: d.verified)))\
        \(AdminForm.input("source", label: "Fonte dei dati", value: d.source, errors: e))\
        <button type="submit" class="button">\(live ? "Salva l'ente" : "Invia la modifica in revisione")</button>
        </form>
        """
        return page.render(title: id == nil ? "Nuovo ente" : "Ente: \(d.name)", user: context, errors: errors, content: content)
    }

    /// The open proposal: what it changes and, for reviewers, approve / reject.
    func proposalPanel(_ proposal: OrganizationProposal?, id: Int64, live: Bool, context: AdminContext) -> HTML {
        guard let proposal else {
            return live ? HTML() : "<p>Le modifiche che salvi vanno in revisione: un redattore le controlla prima che compaiano sul sito.</p>"
        }
        let actions: HTML = live ? """
            <form method="post" action="/admin/enti/\(String(id))/proposta/approva">\(AdminForm.csrf(context.csrfToken))\
            <button type="submit" class="button">Approva e pubblica</button></form>
            <form method="post" action="/admin/enti/\(String(id))/proposta/rifiuta">\(AdminForm.csrf(context.csrfToken))\
            <div class="field"><label for="reason">Motivo del rifiuto</label><input id="reason" name="reason" type="text"></div>\
            <button type="submit" class="button button-secondary">Rifiuta la modifica</button></form>
            """ : ""
        return """
        <section class="notice" aria-labelledby="proposta-titolo"><h2 id="proposta-titolo">Modifica in attesa di revisione</h2>
        <p>Proposta da \(proposal.author): \(proposal.changeSummary)</p>
        \(actions)</section>

        """
    }
}
