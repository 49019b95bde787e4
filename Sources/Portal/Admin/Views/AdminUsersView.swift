import Catalog
import Foundation
import Accounts

/// Users list, user form, and the page showing a new user's generated password once.
struct AdminUsersView: Sendable {
    let page: AdminPageView

    func list(_ users: [User], context: AdminContext) -> HTML {
        let rows: [HTML] = users.map { u in
            """
            <tr><td><a href="/admin/utenti/\(String(u.id))">\(u.email)</a></td><td>\(u.displayName)</td><td>\(u.role.label)</td>\
            <td>\(u.isActive ? "attivo" : "disattivato")</td><td>\(u.lastSignInAt.map { ItalianDate.long($0) } ?? "mai")</td></tr>
            """
        }
        let headers: [HTML] = AdminResource.users.columns.map { "<th scope=\"col\">\($0.label)</th>" }
        let content: HTML = """
        <h1>Utenti</h1>
        <p><a class="button" href="/admin/utenti/nuovo">Nuovo utente</a></p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Tabella: Utenti"><table><caption class="visually-hidden">Utenti</caption>
        <thead><tr>\(headers)</tr></thead>
        <tbody>\(rows)</tbody></table></div>
        """
        return page.render(title: "Utenti", user: context, content: content)
    }

    func form(_ draft: UserAccountDraft, id: Int64?, organizations: [(id: Int64, slug: String, name: String)],
              context: AdminContext, errors: [FieldError]) -> HTML {
        let e = ErrorSummaryView(errors: errors)
        let roles = UserRole.allCases.map { (value: $0.rawValue, label: $0.label) }
        let orgs = organizations.map { (value: String($0.id), label: $0.name) }
        let action = id.map { "/admin/utenti/\($0)" } ?? "/admin/utenti/nuovo"
        let email: HTML = id == nil
            ? AdminForm.input("email", label: "Indirizzo e-mail", value: draft.email, type: "email", errors: e)
            : "<p>E-mail: <strong>\(draft.email)</strong></p>"
        let content: HTML = """
        <h1>\(id == nil ? "Nuovo utente" : "Modifica utente")</h1>
        <form method="post" action="\(action)" novalidate>
        \(AdminForm.csrf(context.csrfToken))
        \(email)\(AdminForm.input("display_name", label: "Nome e cognome", value: draft.displayName, errors: e))\
        \(AdminForm.select("role", label: "Ruolo", options: roles, selected: draft.role.rawValue, hint: "Amministratore: tutto. Redattore: modifica e pubblica ogni scheda. Operatore ente: solo le schede degli enti assegnati.", errors: e))\
        \(AdminForm.checkboxes("organizations", legend: "Enti assegnati (per gli operatori ente)", options: orgs, selected: Set(draft.organizationIDs.map(String.init)), errors: e))\
        \(AdminForm.checkbox("can_publish", label: "L'operatore ente può pubblicare le schede dei suoi enti", checked: draft.canPublish))\
        \(AdminForm.checkbox("is_active", label: "Account attivo", checked: draft.isActive))\
        <button type="submit" class="button">Salva</button>
        </form>
        """
        return page.render(title: id == nil ? "Nuovo utente" : "Modifica utente", user: context, errors: errors, content: content)
    }

    func created(email: String, password: String, id: Int64, context: AdminContext) -> HTML {
        let content: HTML = """
        <h1>Utente creato</h1>
        <div class="notice notice-ok" role="status">
        <p>L'account <strong>\(email)</strong> è pronto. Password iniziale, mostrata solo ora:</p>
        <p><code>\(password)</code></p>
        <p>Comunicala alla persona in modo sicuro (non per e-mail insieme all'indirizzo) e chiedile di cambiarla al primo accesso.</p>
        </div>
        <p><a href="/admin/utenti">Torna agli utenti</a></p>
        """
        return page.render(title: "Utente creato", user: context, content: content)
    }
}
