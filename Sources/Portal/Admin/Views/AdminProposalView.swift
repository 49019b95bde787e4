import Catalog
import Foundation
import Accounts

/// The "Modifica in attesa di revisione" panel on a card's edit page: who proposed what, the
/// field-by-field diff against the published card, and the forms the operator may use
/// (publish / reject with a reason for those who may publish; withdraw for its author).
struct AdminProposalView: Sendable {
    func render(_ proposal: ProposedChange, service: Service, names: SnapshotNames, context: AdminContext) -> HTML {
        let org = service.fields.organizationId
        let canPublish = AccessPolicy.allows(context.user, .publishCard(organizationID: org))
        let isAuthor = proposal.authorUserID == context.user.id
        let changes = RevisionDiff.changes(from: service.fields.fieldSnapshot(names: names),
                                           to: proposal.draft.fieldSnapshot(names: names))
        let stale: HTML = proposal.baseVersion == service.version ? HTML() : """
            <p><strong>La scheda è cambiata dopo la proposta</strong> (proposta sulla versione \(proposal.baseVersion), \
            ora è alla versione \(service.version)): pubblicandola dovrai unire le modifiche.</p>
            """
        return """
        <section class="panel" aria-labelledby="proposta-titolo" id="proposta">
        <h2 id="proposta-titolo">Modifica in attesa di revisione</h2>
        <p>Proposta da \(proposal.author) il \(ItalianDate.long(proposal.createdAt)) a partire dalla versione \
        \(proposal.baseVersion). Finché non viene pubblicata, il sito mostra la versione pubblicata.</p>
        \(stale)\(table(changes))\
        \(HTML.when(isAuthor && !canPublish, "<p>Puoi correggerla nel modulo qui sotto: salvando, la proposta viene sostituita.</p>\n"))\
        \(HTML.when(canPublish, publishForms(service, context)))\
        \(HTML.when(isAuthor || canPublish, form(service, "ritira", "Ritira la modifica", context)))
        </section>

        """
    }

    func table(_ changes: [FieldChange]) -> HTML {
        guard !changes.isEmpty else { return "<p>La proposta non cambia nessun campo.</p>\n" }
        let rows: [HTML] = changes.map { c in
            "<tr><th scope=\"row\">\(c.label)</th><td class=\"diff-before\">\(multiline(c.before))</td><td class=\"diff-after\">\(multiline(c.after))</td></tr>"
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="Tabella: Campi che la modifica cambia"><table><caption>Campi che la modifica cambia</caption>
        <thead><tr><th scope="col">Campo</th><th scope="col">Versione pubblicata</th><th scope="col">Modifica proposta</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>

        """
    }

    func publishForms(_ service: Service, _ context: AdminContext) -> HTML {
        let reason: HTML = """
            <label for="reject_reason">Motivo del rifiuto</label>\
            <input type="text" id="reject_reason" name="reason">
            """
        return HTML.join([form(service, "pubblica", "Pubblica la modifica", context, primary: true),
                          form(service, "rifiuta", "Rifiuta la modifica", context, extra: reason)])
    }

    func form(_ service: Service, _ path: String, _ label: String, _ context: AdminContext,
              primary: Bool = false, extra: HTML = HTML()) -> HTML {
        """
        <form method="post" action="/admin/schede/\(String(service.id))/proposta/\(path)" class="inline-form">\
        \(AdminForm.csrf(context.csrfToken))\(extra)\
        <button type="submit" class="button\(HTML.when(!primary, " button-secondary"))">\(label)</button></form>

        """
    }

    private func multiline(_ text: String) -> HTML {
        text.isEmpty ? "<em>(vuoto)</em>" : HTML.join(text.split(separator: "\n", omittingEmptySubsequences: false).map { HTML(text: String($0)) }, separator: "<br>")
    }
}
