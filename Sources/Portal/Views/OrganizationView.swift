import Catalog

/// An organisation's page (`/enti/{slug}`): who they are, how to reach them, and all their
/// published services (archived ones listed apart, still reachable).
struct OrganizationView: Sendable {
    let layout: LayoutView
    let organization: Organization
    let kind: TaxonomyTerm?
    let comune: TerritoryRef?
    let services: [ServiceSummary]

    init(layout: LayoutView, organization: Organization, kind: TaxonomyTerm?, comune: TerritoryRef?,
                services: [ServiceSummary]) {
        self.layout = layout
        self.organization = organization
        self.kind = kind
        self.comune = comune
        self.services = services
    }

    var l10n: Localizer { layout.localizer }

    func render() -> HTML {
        let path = "/enti/\(organization.slug)"
        let description = organization.description.trimmingWhitespace()
        let meta = PageMetadata(
            title: organization.name, description: description.isEmpty ? nil : String(description.prefix(200)),
            canonicalPath: path, openGraphType: "website", jsonLD: jsonLD(path: path),
            breadcrumb: [BreadcrumbItem(l10n.tr("crumb.home"), path: "/"), BreadcrumbItem(l10n.tr("crumb.organizations")), BreadcrumbItem(organization.name)])
        let kindLine: HTML = kind.map { "<p class=\"meta\">\(l10n.label("kind", code: $0.code, italian: $0.label))</p>\n" } ?? HTML()
        let verified: HTML = organization.verified
            ? "<p>\(BadgeView(l10n.tr("badge.verified_org"), kind: .free).render())</p>\n"
            : "<p>\(BadgeView(l10n.tr("badge.unverified_org")).render())</p>\n"
        let about: HTML = description.isEmpty ? HTML() : ItalianText.paragraphs(description)
        return layout.render(meta, content: """
        <h1>\(organization.name)</h1>
        \(kindLine)\(verified)\(about)<section class="card-section" aria-labelledby="contatti">
        <h2 id="contatti">\(l10n.tr("card.section.contatti"))</h2>
        \(contacts())</section>
        \(serviceList())
        """)
    }

    func contacts() -> HTML {
        let c = organization.contacts
        var items: [HTML] = []
        if let phone = c.phone, let url = SafeURL.telephone(phone) {
            items.append("<li>\(Icons.phone) \(l10n.tr("card.phone")): <a href=\"\(url)\">\(phone)</a></li>")
        }
        if let email = c.email, let url = SafeURL.email(email) {
            items.append("<li>\(l10n.tr("card.email")): <a href=\"\(url)\">\(email)</a></li>")
        }
        if let pec = organization.pec, let url = SafeURL.email(pec) {
            items.append("<li>PEC: <a href=\"\(url)\">\(pec)</a></li>")
        }
        if let site = c.website, let url = SafeURL.website(site) {
            items.append("<li>\(l10n.tr("card.website")): <a href=\"\(url)\">\(site)</a></li>")
        }
        if let address = organization.address {
            let cap = organization.postalCode.map { "\($0) " } ?? ""
            let town: HTML = comune.map { "<a href=\"\(l10n.path("/territori/\($0.slug)"))\">\($0.name)</a>" } ?? HTML()
            items.append("<li>\(Icons.place) \(l10n.tr("org.address")): \(address), \(cap)\(town)</li>")
        } else if let comune {
            items.append("<li>\(Icons.place) \(l10n.tr("org.address")): <a href=\"\(l10n.path("/territori/\(comune.slug)"))\">\(comune.name)</a></li>")
        }
        guard !items.isEmpty else { return "<p class=\"meta\">\(l10n.tr("org.no_contacts"))</p>\n" }
        return "<ul class=\"contact-list\">\(items)</ul>\n"
    }

    func serviceList() -> HTML {
        let active = services.filter { $0.status == .published }
        let archived = services.filter { $0.status == .archived }
        let activeItems: [HTML] = active.map { ResultItemView(summary: $0, headingLevel: 3, localizer: l10n).render() }
        var out: HTML = """
        <section aria-labelledby="servizi">
        <h2 id="servizi">\(l10n.tr("org.services", ["n": String(active.count)]))</h2>

        """
        out.append(activeItems.isEmpty
            ? "<p>\(l10n.tr("org.no_services")) <a href=\"\(l10n.path("/cerca"))\">\(l10n.tr("org.search_all"))</a>.</p>\n"
            : "<ul class=\"results\">\(activeItems)</ul>\n")
        out.append("</section>\n")
        if !archived.isEmpty {
            let items: [HTML] = archived.map { "<li><a href=\"\(l10n.path("/servizi/\($0.slug)"))\">\($0.title)</a> (\(l10n.tr("org.archived_one")))</li>" }
            out.append("""
            <section aria-labelledby="archiviati">
            <h2 id="archiviati">\(l10n.tr("org.archived"))</h2>
            <ul>\(items)</ul>
            </section>

            """)
        }
        return out
    }

    func jsonLD(path: String) -> String {
        let c = organization.contacts
        return JSONValue.compactObject([
            ("@context", "https://schema.org"),
            ("@type", .string(ServiceCardJSONLD.isPublicBody(organization.kindCode) ? "GovernmentOrganization" : "Organization")),
            ("name", .string(organization.name)),
            ("url", .string(layout.site.absoluteURL(path))),
            ("telephone", .optional(c.phone)),
            ("email", .optional(c.email)),
            ("sameAs", c.website.flatMap(SafeURL.website).map { .string($0.value) } ?? .null),
        ]).encoded
    }
}
