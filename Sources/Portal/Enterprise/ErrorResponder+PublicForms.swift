import HTTPServer

extension ErrorResponder {
    /// Refusals of public forms (issue 10): 403 for a missing or stale token, 429 with
    /// `Retry-After` when one client sends too many. Nothing was saved in either case.
    func publicFormResponse(_ error: PortalError, path: String) -> HTTPResponse {
        let back = Self.backLink(afterRefusing: path)
        switch error {
        case .tooManyRequests(let seconds):
            let minutes = max(1, (seconds + 59) / 60)
            let body: HTML = """
            <p class="lead">Hai inviato molte richieste in poco tempo. Per proteggere gli enti dallo spam \
            non abbiamo salvato quest'ultima: riprova tra \(ItalianText.count(minutes, one: "minuto", many: "minuti")).</p>
            <p><a href="\(back.path)">\(back.label)</a></p>
            """
            var response = HTMLResponse.page(pages.page(title: "Troppe richieste", body: body, hasErrors: true),
                                             status: .tooManyRequests, cache: .none)
            response.headers.set("Retry-After", String(seconds))
            return response
        default:
            let body: HTML = """
            <p class="lead">Per sicurezza non abbiamo salvato nulla: il modulo è scaduto oppure è stato inviato \
            da un altro sito. Torna alla pagina, ricaricala e invia di nuovo il modulo.</p>
            <p><a href="\(back.path)">\(back.label)</a></p>
            """
            return HTMLResponse.page(pages.page(title: "Il modulo non è più valido", body: body, hasErrors: true),
                                     status: .forbidden, cache: .none)
        }
    }

    /// Where a refused public form leads back: the questionnaire the visitor was answering or
    /// managing, otherwise the welfare plan (the contact request's form).
    static func backLink(afterRefusing path: String) -> (path: String, label: String) {
        let questionnaire = path.hasPrefix("/questionario/") || path.hasPrefix("/imprese/questionario")
        guard questionnaire else { return ("/imprese/piano", "Torna al tuo piano welfare") }
        let page = path.hasSuffix("/chiudi") ? String(path.dropLast("/chiudi".count)) : path
        return (page, "Torna al questionario")
    }
}
