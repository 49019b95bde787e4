import HTTPServer

extension ErrorResponder {
    /// Refusals of public forms (issue 10): 403 for a missing or stale token, 429 with
    /// `Retry-After` when one client sends too many. Nothing was saved in either case.
    func publicFormResponse(_ error: PortalError) -> HTTPResponse {
        switch error {
        case .tooManyRequests(let seconds):
            let minutes = max(1, (seconds + 59) / 60)
            let body: HTML = """
            <p class="lead">Hai inviato molte richieste in poco tempo. Per proteggere gli enti dallo spam \
            non abbiamo salvato quest'ultima: riprova tra \(ItalianText.count(minutes, one: "minuto", many: "minuti")).</p>
            <p><a href="/imprese/piano">Torna al tuo piano welfare</a></p>
            """
            var response = HTMLResponse.page(pages.page(title: "Troppe richieste", body: body, hasErrors: true),
                                             status: .tooManyRequests, cache: .none)
            response.headers.set("Retry-After", String(seconds))
            return response
        default:
            let body: HTML = """
            <p class="lead">Per sicurezza non abbiamo salvato nulla: il modulo è scaduto oppure è stato inviato \
            da un altro sito. Torna alla pagina, ricaricala e invia di nuovo il modulo.</p>
            <p><a href="/imprese/piano">Torna al tuo piano welfare</a></p>
            """
            return HTMLResponse.page(pages.page(title: "Il modulo non è più valido", body: body, hasErrors: true),
                                     status: .forbidden, cache: .none)
        }
    }
}
