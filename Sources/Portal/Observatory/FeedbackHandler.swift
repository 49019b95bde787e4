import Catalog
import HTTPServer

/// `POST /servizi/{slug}/valutazione` and `/segnalazione`: citizens' feedback, no account.
/// Order of checks: per-client rate limit (429), form decoding, the signed form token (CSRF,
/// minimum fill time, expiry), the honeypot (a filled one is thanked and dropped), the card.
struct FeedbackHandler: Sendable {
    let context: PageContext
    let environment: FeedbackEnvironment

    func rate(_ request: HTTPRequest) throws -> HTTPResponse {
        try accept(request) { card, form in
            guard let vote = Int(form["voto"] ?? ""), (1...5).contains(vote) else {
                throw PortalError.invalidParameters(["Scegli un voto da 1 a 5, poi invia la valutazione."])
            }
            try environment.repository.rate(serviceId: card.service.id, rating: vote, reasons: form.values(for: "motivo"))
            return "Grazie: la tua valutazione aiuta a scrivere schede più chiare."
        }
    }

    func report(_ request: HTTPRequest) throws -> HTTPResponse {
        try accept(request) { card, form in
            let text = (form["testo"] ?? "").trimmingWhitespace()
            guard !text.isEmpty else { throw PortalError.invalidParameters(["Scrivi che cosa non è corretto nella scheda."]) }
            guard text.count <= 2_000, (form["contatto"] ?? "").count <= 200 else {
                throw PortalError.invalidParameters(["Il testo è troppo lungo: al massimo 2.000 caratteri (200 per il contatto)."])
            }
            try environment.repository.report(serviceId: card.service.id, message: text,
                                              contact: (form["contatto"] ?? "").trimmingWhitespace())
            return "Grazie: la segnalazione è arrivata a chi gestisce la scheda."
        }
    }

    func accept(_ request: HTTPRequest, _ store: (ServiceCard, URLEncodedForm) throws -> String) throws -> HTTPResponse {
        if let wait = try environment.limiter.retryAfter(.feedback, client: request.remoteAddress) { return tooMany(wait) }
        try environment.limiter.record(.feedback, client: request.remoteAddress)   // every post counts, spam included
        let form = try request.formBody(limits: URLEncodedForm.Limits(maxFields: 20))
        let slug = try context.parameter(request, "slug")
        do { try environment.signer.verify(form["token"], .publicForm(.feedback), boundTo: slug) } catch {
            let message = error == .tooFast
                ? "Il modulo è stato inviato troppo in fretta. Torna alla scheda, attendi qualche secondo e riprova."
                : "Il modulo è scaduto o non è valido. Torna alla scheda, ricarica la pagina e riprova."
            throw PortalError.invalidParameters([message])
        }
        guard let card = try context.catalog.card(slug: slug), card.service.status == .published else {
            throw PortalError.notFound(what: "Non troviamo questo servizio.")
        }
        let thanks = (form["sito_web"] ?? "").isEmpty ? try store(card, form) : "Grazie."
        return page("Grazie", """
            <h1>Grazie</h1>
            <p>\(thanks)</p>
            <p><a href="/servizi/\(card.service.slug)">Torna alla scheda «\(card.service.title)»</a></p>
            """, status: .ok)
    }

    /// The 429 page, `Retry-After` giving the seconds until the client's window ends.
    func tooMany(_ seconds: Int) -> HTTPResponse {
        let minutes = ItalianText.count(max(1, (seconds + 59) / 60), one: "minuto", many: "minuti")
        var response = page("Troppi invii", """
            <h1>Troppi invii in poco tempo</h1>
            <p>Hai inviato molti messaggi negli ultimi minuti. Per proteggere il servizio dallo spam, \
            attendi \(minutes) e riprova. Grazie della pazienza.</p>
            """, status: .tooManyRequests)
        response.headers.set("Retry-After", String(seconds))
        return response
    }

    func page(_ title: String, _ content: HTML, status: HTTPStatus) -> HTTPResponse {
        let layout = (try? context.layout()) ?? LayoutView(site: context.configuration.site)
        return HTMLResponse.page(layout.render(PageMetadata(title: title, noIndex: true), content: content),
                                 status: status, cache: .none)
    }
}
