import Catalog
import HTTPServer

/// `POST /servizi/{slug}/valutazione` and `/segnalazione` (and under `/en/…`, answered in English):
/// citizens' feedback, no account.
/// Order of checks: per-client rate limit (429), form decoding, the signed form token (CSRF,
/// minimum fill time, expiry), the honeypot (a filled one is thanked and dropped), the card.
struct FeedbackHandler: Sendable {
    let context: PageContext
    let environment: FeedbackEnvironment

    func rate(_ request: HTTPRequest) throws -> HTTPResponse {
        try accept(request) { card, form, l10n in
            guard let vote = Int(form["voto"] ?? ""), (1...5).contains(vote) else {
                throw PortalError.invalidParameters([l10n.tr("feedback.error.vote")])
            }
            try environment.repository.rate(serviceId: card.service.id, rating: vote, reasons: form.values(for: "motivo"))
            return l10n.tr("feedback.thanks_rating")
        }
    }

    func report(_ request: HTTPRequest) throws -> HTTPResponse {
        try accept(request) { card, form, l10n in
            let text = (form["testo"] ?? "").trimmingWhitespace()
            guard !text.isEmpty else { throw PortalError.invalidParameters([l10n.tr("feedback.error.empty")]) }
            guard text.count <= 2_000, (form["contatto"] ?? "").count <= 200 else {
                throw PortalError.invalidParameters([l10n.tr("feedback.error.too_long")])
            }
            try environment.repository.report(serviceId: card.service.id, message: text,
                                              contact: (form["contatto"] ?? "").trimmingWhitespace())
            return l10n.tr("feedback.thanks_report")
        }
    }

    func accept(_ request: HTTPRequest, _ store: (ServiceCard, URLEncodedForm, Localizer) throws -> String) throws -> HTTPResponse {
        let l10n = context.localizer(for: request)
        if let wait = try environment.limiter.retryAfter(.feedback, client: context.clientAddress(of: request)) { return try tooMany(request, wait) }
        try environment.limiter.record(.feedback, client: context.clientAddress(of: request))   // every post counts, spam included
        let form = try request.formBody(limits: URLEncodedForm.Limits(maxFields: 20))
        let slug = try context.parameter(request, "slug")
        do { try environment.signer.verify(form["token"], .publicForm(.feedback), boundTo: slug) } catch {
            let message = l10n.tr(error == .tooFast ? "feedback.error.too_fast" : "feedback.error.expired")
            throw PortalError.invalidParameters([message])
        }
        guard let card = try context.catalog.card(slug: slug), card.service.status == .published else {
            throw PortalError.notFound(what: l10n.tr("error.card_not_found"))
        }
        let thanks = (form["sito_web"] ?? "").isEmpty ? try store(card, form, l10n) : l10n.tr("feedback.thanks")
        return try page(request, l10n.tr("feedback.thanks"), """
            <h1>\(l10n.tr("feedback.thanks"))</h1>
            <p>\(thanks)</p>
            <p><a href="\(l10n.path("/servizi/\(card.service.slug)"))">\(l10n.tr("feedback.back", ["title": card.service.title]))</a></p>
            """, status: .ok)
    }

    /// The 429 page, `Retry-After` giving the seconds until the client's window ends.
    func tooMany(_ request: HTTPRequest, _ seconds: Int) throws -> HTTPResponse {
        let l10n = context.localizer(for: request)
        var response = try page(request, l10n.tr("feedback.too_many_title"), """
            <h1>\(l10n.tr("feedback.too_many_heading"))</h1>
            <p>\(l10n.tr("feedback.too_many_text", ["minutes": String(max(1, (seconds + 59) / 60))]))</p>
            """, status: .tooManyRequests)
        response.headers.set("Retry-After", String(seconds))
        return response
    }

    func page(_ request: HTTPRequest, _ title: String, _ content: HTML, status: HTTPStatus) throws -> HTTPResponse {
        let layout = try context.plainLayout(for: request)
        return HTMLResponse.page(layout.render(PageMetadata(title: title, noIndex: true), content: content),
                                 status: status, cache: .none)
    }
}
