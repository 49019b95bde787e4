import Catalog
import HTTPServer

/// `GET /servizi/{slug}`: a published or archived card. `?comune=` (a slug, name or postal code)
/// adds the sentence saying whether the service covers that comune.
struct ServiceCardHandler: Sendable {
    let context: PageContext

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        let slug = try context.parameter(request, "slug")
        let l10n = context.localizer(for: request)
        guard let card = try context.catalog.card(slug: slug) else {
            if let moved = try context.catalog.currentSlug(ofRenamed: .service, slug) {
                return HTMLResponse.redirect(to: l10n.path("/servizi/\(moved)") + Self.query(of: request), status: .movedPermanently)
            }
            throw PortalError.notFound(what: l10n.tr("error.card_moved"))
        }
        let similar = card.service.status == .archived
            ? try context.catalog.similarActiveServices(to: card, limit: 5) : []
        let coverage = try coverage(of: card, request: request)
        let layout = try context.layout(for: request)
        let (shown, italianOnly) = try translated(card, into: layout.localizer)
        var view = ServiceCardView(layout: layout, card: shown, coverage: coverage, similar: similar,
                                   verification: try context.catalog.freshness(of: card))
        view.nextStep = try CardNextStepFinder(catalog: context.catalog).nextStep(for: card, visitorComune: coverage?.comune)
        view.feedbackToken = context.feedbackSigner?.issue(.publicForm(.feedback), boundTo: card.service.slug)
        view.showsItalianOnlyNotice = italianOnly
        return context.page(view.render())
    }

    /// The card with its translated texts in the page's language; `true` when some text stays
    /// Italian (no translation, or an empty field), so the page says so.
    func translated(_ card: ServiceCard, into localizer: Localizer) throws -> (ServiceCard, Bool) {
        guard !localizer.isDefault else { return (card, false) }
        guard let translation = try context.catalog.translation(of: card, language: localizer.code) else { return (card, true) }
        var shown = card
        var missing = false
        func apply(_ text: String, _ path: WritableKeyPath<ServiceDraft, String>) {
            let trimmed = text.trimmingWhitespace()
            if trimmed.isEmpty { missing = missing || !card.service.fields[keyPath: path].trimmingWhitespace().isEmpty }
            else { shown.service.fields[keyPath: path] = trimmed }
        }
        apply(translation.title, \.title)
        apply(translation.summary, \.summary)
        apply(translation.description, \.description)
        apply(translation.eligibility, \.conditions)
        apply(translation.howToApply, \.howToAccess)
        return (shown, missing)
    }

    /// The request's query string with its `?`, or "" (kept across a slug redirect).
    static func query(of request: HTTPRequest) -> String {
        guard let q = request.head.target.firstIndex(of: "?") else { return "" }
        return String(request.head.target[q...])
    }

    /// Coverage for `?comune=`, or nil when absent or not a single known comune.
    func coverage(of card: ServiceCard, request: HTTPRequest) throws -> ComuneCoverage? {
        let typed = try context.query(request)["comune"]?.trimmingWhitespace() ?? ""
        guard !typed.isEmpty else { return nil }
        let comune: Comune
        if let bySlug = try context.catalog.comune(slug: typed) {
            comune = bySlug
        } else if case .found(let match) = try context.catalog.resolveComune(typed) {
            comune = match
        } else {
            return nil
        }
        let containing = try context.catalog.territoriesContaining(comune: comune)
        let served = Set(card.servedTerritories.map(\.id))
        let via = containing.filter { served.contains($0.id) }.min { $0.kind.proximity < $1.kind.proximity }
        return ComuneCoverage(comune: comune.territoryRef, coveredBy: via)
    }
}
