/// The sign-in page, the first-administrator setup page and the change-password page.
struct AdminSignInView: Sendable {
    let page: AdminPageView

    func signIn(email: String, csrf: String, errors: [FieldError], notice: String? = nil) -> HTML {
        let summary = ErrorSummaryView(errors: errors)
        let content: HTML = """
        <h1>Accedi all'area operatori</h1>
        \(notice.map { "<div class=\"notice\" role=\"status\"><p>\($0)</p></div>" as HTML } ?? HTML())\
        <form method="post" action="/admin/accedi" novalidate>
        \(AdminForm.csrf(csrf))
        \(AdminForm.input("email", label: "Indirizzo e-mail", value: email, type: "email", errors: summary, autocomplete: "username"))\
        \(AdminForm.input("password", label: "Password", type: "password", errors: summary, autocomplete: "current-password"))\
        <button type="submit" class="button">Accedi</button>
        </form>
        <p>Non hai un account? Chiedi all'amministratore della rete welfare.</p>
        """
        return page.render(title: "Accedi", user: nil, errors: errors, content: content)
    }

    func setup(token: String, email: String, name: String, errors: [FieldError]) -> HTML {
        let summary = ErrorSummaryView(errors: errors)
        let content: HTML = """
        <h1>Crea il primo amministratore</h1>
        <p>Questo collegamento funziona una sola volta e solo finché non esiste alcun utente.</p>
        <form method="post" action="/admin/configurazione" novalidate>
        \(AdminForm.hidden("codice", token))
        \(AdminForm.input("email", label: "Indirizzo e-mail", value: email, type: "email", errors: summary, autocomplete: "username"))\
        \(AdminForm.input("display_name", label: "Nome e cognome", value: name, errors: summary, autocomplete: "name"))\
        \(AdminForm.input("password", label: "Password", type: "password", hint: "Almeno 12 caratteri. Una frase di più parole è facile da ricordare e difficile da indovinare.", errors: summary, autocomplete: "new-password"))\
        \(AdminForm.input("password_confirm", label: "Ripeti la password", type: "password", errors: summary, autocomplete: "new-password"))\
        <button type="submit" class="button">Crea l'amministratore</button>
        </form>
        """
        return page.render(title: "Primo accesso", user: nil, errors: errors, content: content)
    }

    func changePassword(_ context: AdminContext, errors: [FieldError], done: Bool, sessions: Int = 1,
                        othersClosed: Bool = false) -> HTML {
        let summary = ErrorSummaryView(errors: errors)
        let content: HTML = """
        <h1>Cambia password</h1>
        \(HTML.when(done, "<div class=\"notice notice-ok\" role=\"status\"><p>Password cambiata. Le altre sessioni aperte sono state chiuse.</p></div>"))\
        <form method="post" action="/admin/password" novalidate>
        \(AdminForm.csrf(context.csrfToken))
        \(AdminForm.input("current_password", label: "Password attuale", type: "password", errors: summary, autocomplete: "current-password"))\
        \(AdminForm.input("password", label: "Nuova password", type: "password", hint: "Almeno 12 caratteri.", errors: summary, autocomplete: "new-password"))\
        \(AdminForm.input("password_confirm", label: "Ripeti la nuova password", type: "password", errors: summary, autocomplete: "new-password"))\
        <button type="submit" class="button">Cambia password</button>
        </form>
        \(sessionsSection(context, sessions: sessions, othersClosed: othersClosed))
        """
        return page.render(title: "Cambia password", user: context, errors: errors, content: content)
    }

    /// "Sessioni aperte": how many, and a button that ends all but this one.
    func sessionsSection(_ context: AdminContext, sessions: Int, othersClosed: Bool) -> HTML {
        let others = max(0, sessions - 1)
        let count: HTML = others == 0 ? "Questa è l'unica sessione aperta con il tuo account."
            : "Oltre a questa, con il tuo account \(others == 1 ? "è aperta un'altra sessione" : "sono aperte altre \(String(others)) sessioni") (altri browser o dispositivi)."
        return """
        <h2 id="sessioni">Sessioni aperte</h2>
        \(HTML.when(othersClosed, "<div class=\"notice notice-ok\" role=\"status\"><p>Le altre sessioni sono state chiuse.</p></div>"))\
        <p>\(count)</p>
        <form method="post" action="/admin/sessioni/esci-altre">
        \(AdminForm.csrf(context.csrfToken))
        <button type="submit" class="button button-secondary">Esci dalle altre sessioni</button>
        </form>
        """
    }
}
