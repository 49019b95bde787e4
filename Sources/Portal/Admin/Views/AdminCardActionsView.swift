import Catalog
import Foundation
import Accounts

/// The box above the card form: status, last verification, and one small form per action the
/// operator may take (workflow steps, "verificata oggi", duplicate), each with its CSRF token.
struct AdminCardActionsView: Sendable {
    func render(service: Service, context: AdminContext) -> HTML {
        let fields = service.fields
        let org = fields.organizationId
        let actions = WorkflowStateMachine.availableActions(for: context.user, status: fields.status, organizationID: org)
        let buttons: [HTML] = actions.map { workflowForm($0, service: service, context: context) }
        let verified = fields.lastVerifiedAt.map { ItalianDate.long($0) } ?? "mai"
        return """
        <section class="panel" aria-labelledby="azioni-titolo">
        <h2 id="azioni-titolo">Stato della scheda</h2>
        <p>Stato: <strong>\(fields.status.label)</strong>\(fields.archiveReason.map { " (\($0))" } ?? "") · versione \(service.version) · \
        ultima verifica con l'ente: \(verified)</p>
        <p><a href="/admin/schede/\(String(service.id))/anteprima">Anteprima</a> · <a href="/admin/schede/\(String(service.id))/storia">Storia delle modifiche</a>\
        \(translationLinks(service))\
        \(HTML.when(fields.status == .published, " · <a href=\"/servizi/\(fields.slug)\">Pagina pubblica</a>"))</p>
        \(buttons)\(HTML.when(AccessPolicy.allows(context.user, .markCardVerified(organizationID: fields.organizationId)), simpleForm("verificata", "Verificata oggi", service, context)))\
        \(HTML.when(AccessPolicy.allows(context.user, .createCard(organizationID: org)), simpleForm("duplica", "Duplica la scheda", service, context)))
        </section>

        """
    }

    func workflowForm(_ action: WorkflowAction, service: Service, context: AdminContext) -> HTML {
        let reason: HTML = action == .archive
            ? "<label for=\"archive_reason\">Motivo dell'archiviazione</label><input type=\"text\" id=\"archive_reason\" name=\"reason\">"
            : HTML()
        return """
        <form method="post" action="/admin/schede/\(String(service.id))/stato" class="inline-form">\
        \(AdminForm.csrf(context.csrfToken))\(AdminForm.hidden("version", String(service.version)))\
        \(AdminForm.hidden("action", action.rawValue))\(reason)\
        <button type="submit" class="button\(HTML.when(action != .publish, " button-secondary"))">\(action.label)</button></form>

        """
    }

    func simpleForm(_ path: String, _ label: String, _ service: Service, _ context: AdminContext) -> HTML {
        """
        <form method="post" action="/admin/schede/\(String(service.id))/\(path)" class="inline-form">\
        \(AdminForm.csrf(context.csrfToken))\(AdminForm.hidden("version", String(service.version)))\
        <button type="submit" class="button button-secondary">\(label)</button></form>

        """
    }

    /// One "Traduzione in …" link per public language other than Italian.
    private func translationLinks(_ service: Service) -> HTML {
        let languages = MessageCatalogs.bundled
        return HTML(unsafeRaw: languages.prefixedCodes.compactMap { languages.catalogs[$0] }.map { language in
            let link: HTML = " · <a href=\"/admin/schede/\(String(service.id))/traduzione/\(language.code)\">Traduzione in \(language.nativeName)</a>"
            return link.rendered
        }.joined())
    }
}
