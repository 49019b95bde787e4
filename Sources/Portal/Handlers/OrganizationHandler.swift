import Catalog
import HTTPServer

/// `GET /enti/{slug}`: an organisation and its services.
struct OrganizationHandler: Sendable {
    let context: PageContext

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        let slug = try context.parameter(request, "slug")
        let catalog = context.catalog
        let l10n = context.localizer(for: request)
        guard let organization = try catalog.organization(slug: slug) else {
            if let moved = try catalog.currentSlug(ofRenamed: .organization, slug) {
                return HTMLResponse.redirect(to: l10n.path("/enti/\(moved)"), status: .movedPermanently)
            }
            throw PortalError.notFound(what: l10n.tr("error.organization_not_found"))
        }
        let kind = try catalog.terms(.organizationKind).first { $0.code == organization.kindCode }
        let comune = try organization.comuneId.flatMap { try catalog.territory(id: $0) }
        let view = OrganizationView(layout: try context.layout(for: request), organization: organization, kind: kind,
                                    comune: comune, services: try catalog.services(ofOrganization: organization.id))
        return context.page(view.render())
    }
}
