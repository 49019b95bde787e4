import Catalog
import HTTPServer
import Accounts

extension ErrorResponder {
    /// Statuses for the operators' area (STYLE 5): no session → 303 to the sign-in page;
    /// a missing permission or CSRF token → 403 (nothing was changed).
    func authResponse(_ error: AuthError) -> HTTPResponse {
        switch error {
        case .notSignedIn:
            return HTMLResponse.redirect(to: "/admin/accedi")
        case .forbidden, .invalidCredentials:
            return forbidden("Non hai i permessi per questa azione",
                             "Il tuo profilo non consente di vedere questa pagina o di fare questa modifica. Nulla è stato cambiato.")
        case .csrfMismatch:
            return forbidden("Il modulo non è più valido",
                             "Per sicurezza non abbiamo salvato nulla. Torna alla pagina precedente, ricaricala e invia di nuovo il modulo.")
        case .randomUnavailable:
            return HTMLResponse.page(pages.serverError(requestID: ""), status: .internalServerError, cache: .none)
        }
    }

    private func forbidden(_ title: String, _ lead: String) -> HTTPResponse {
        let body: HTML = "<p class=\"lead\">\(lead)</p><p><a href=\"/admin\">Vai al cruscotto dell'area operatori</a></p>"
        return HTMLResponse.page(pages.page(title: title, body: body, hasErrors: true), status: .forbidden, cache: .none)
    }
}
