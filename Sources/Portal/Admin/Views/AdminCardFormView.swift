import Catalog
import Foundation
import Accounts

/// The card form (new and edit): every field of the scheda, grouped in fieldsets, with the error
/// summary on top and what the user typed kept. On an edit conflict it also lists, field by
/// field, what the other person saved, so the operator can merge and save again.
struct AdminCardFormView: Sendable {
    let page: AdminPageView

    struct Model {
        var form: ServiceDraftForm
        var vocabulary: AdminVocabulary
        var context: AdminContext
        /// nil for a new card.
        var serviceID: Int64?
        /// The version the save is based on.
        var version: Int
        var status: ServiceStatus
        /// Differences with the version someone else saved meanwhile (edit conflict).
        var conflict: [FieldChange] = []
        var conflictAuthor = ""
        var notice: String?
        /// The form holds a proposed change being merged after a conflict: saving closes it.
        var appliesProposal = false
    }

    func render(_ m: Model, before: HTML = HTML()) -> HTML {
        let title = m.serviceID == nil ? "Nuova scheda" : "Modifica: \(m.form.draft.title.isEmpty ? "scheda" : m.form.draft.title)"
        let action = m.serviceID.map { "/admin/schede/\($0)" } ?? "/admin/schede/nuova"
        let e = ErrorSummaryView(errors: m.form.errors)
        let content: HTML = """
        <h1>\(title)</h1>
        \(m.notice.map { "<div class=\"notice notice-ok\" role=\"status\"><p>\($0)</p></div>" as HTML } ?? HTML())\
        \(before)\(conflictPanel(m))\
        <form method="post" action="\(action)" novalidate>
        \(AdminForm.csrf(m.context.csrfToken))\(AdminForm.hidden("version", String(m.version)))\(HTML.when(m.appliesProposal, AdminForm.hidden("applica_proposta", "1")))
        \(identity(m, e))\(taxonomies(m, e))\(howItWorks(m, e))\(costs(m, e))\(contacts(m, e))\(places(m, e))\(territory(m, e))\(validity(m, e))\
        <p><button type="submit" class="button">Salva la scheda</button></p>
        </form>
        """
        let breadcrumb = [BreadcrumbItem("Area operatori", path: "/admin"), BreadcrumbItem("Schede", path: "/admin/schede"),
                          BreadcrumbItem(m.serviceID == nil ? "Nuova scheda" : "Modifica")]
        return page.render(title: title, user: m.context, errors: m.form.errors, breadcrumb: breadcrumb, content: content)
    }

    func conflictPanel(_ m: Model) -> HTML {
        guard !m.conflict.isEmpty else { return HTML() }
        let rows: [HTML] = m.conflict.map { change in
            "<tr><th scope=\"row\"><a href=\"#\(change.key)\">\(change.label)</a></th><td>\(change.after)</td><td>\(change.before)</td></tr>"
        }
        return """
        <div class="notice" role="alert" id="conflitto">
        <h2>Qualcuno ha salvato questa scheda mentre la modificavi</h2>
        <p>\(m.conflictAuthor.isEmpty ? "Un altro operatore" : m.conflictAuthor) ha salvato una nuova versione. \
        Le tue modifiche non sono andate perse: sono nel modulo qui sotto. Confronta i campi diversi, \
        correggi il modulo tenendo ciò che serve di entrambe le versioni e salva di nuovo.</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Tabella: Campi diversi tra le due versioni"><table><caption>Campi diversi tra le due versioni</caption>
        <thead><tr><th scope="col">Campo</th><th scope="col">La tua versione</th><th scope="col">Versione salvata</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        </div>

        """
    }

    func value(_ m: Model, _ key: String, _ fallback: String) -> String { m.form.raw[key] ?? fallback }

    func options(_ terms: [AdminVocabulary.Term], empty: String? = nil) -> [(value: String, label: String)] {
        (empty.map { [("", $0)] } ?? []) + terms.map { ($0.code, $0.label) }
    }

    func identity(_ m: Model, _ e: ErrorSummaryView) -> HTML {
        let d = m.form.draft
        let orgs = m.vocabulary.organizations.filter {
            AccessPolicy.allows(m.context.user, .editCard(organizationID: $0.id)) || $0.id == d.organizationId
        }
        let orgOptions = [("", "Scegli l'ente")] + orgs.map { (String($0.id), $0.name) }
        return """
        <fieldset><legend>Il servizio</legend>
        \(AdminForm.input("title", label: "Titolo", value: d.title, hint: "Il nome che le persone cercano, per esempio «Assistenza domiciliare per anziani».", errors: e))\
        \(HTML.when(m.serviceID != nil, AdminForm.checkbox("rinnova_indirizzo", label: "Aggiorna anche l'indirizzo della pagina al nuovo titolo (il vecchio indirizzo continuerà a portare qui)", checked: false)))\
        \(AdminForm.select("organization_id", label: "Ente erogatore", options: orgOptions, selected: d.organizationId == 0 ? "" : String(d.organizationId), errors: e))\
        \(AdminForm.select("service_type", label: "Tipo di servizio", options: options(m.vocabulary.terms(.serviceType), empty: "Scegli il tipo"), selected: d.serviceTypeCode, errors: e))\
        \(AdminForm.textarea("summary", label: "Descrizione breve", value: d.summary, hint: "Una o due frasi, in parole semplici.", rows: 3, errors: e))\
        \(AdminForm.textarea("description", label: "Contenuti: che cosa offre", value: d.description, rows: 6, errors: e))\
        </fieldset>

        """
    }

    func taxonomies(_ m: Model, _ e: ErrorSummaryView) -> HTML {
        let d = m.form.draft
        return """
        \(AdminForm.checkboxes("needs", legend: "Bisogni a cui risponde", options: options(m.vocabulary.terms(.need)), selected: Set(d.needCodes), errors: e))\
        \(AdminForm.checkboxes("targets", legend: "Destinatari", options: options(m.vocabulary.terms(.target)), selected: Set(d.targetCodes), errors: e))\
        \(AdminForm.checkboxes("delivery_modes", legend: "Modalità di fruizione", options: options(m.vocabulary.terms(.deliveryMode)), selected: Set(d.deliveryModeCodes), errors: e))
        """
    }
}
