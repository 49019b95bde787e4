import Catalog

/// Whether a card's service reaches the comune the visitor came from (`?comune=`).
struct ComuneCoverage: Sendable, Equatable {
    /// The comune the visitor searched for.
    var comune: TerritoryRef
    /// The served territory that includes it (the comune itself, an area, the province or the
    /// region), or nil when the service does not cover it.
    var coveredBy: TerritoryRef?

    init(comune: TerritoryRef, coveredBy: TerritoryRef?) {
        self.comune = comune
        self.coveredBy = coveredBy
    }
}

/// The service card page (`/servizi/{slug}`): every section of the scheda servizio in the order
/// of the Designers Italia content model, with honest "non indicato" where a fact is missing.
/// Archived cards keep their content under a clear notice and list similar active services.
struct ServiceCardView: Sendable {
    let layout: LayoutView
    let card: ServiceCard
    let coverage: ComuneCoverage?
    let similar: [ServiceSummary]
    /// Who to contact when the card has no contacts of its own (see `CardNextStep`).
    var nextStep: CardNextStep?
    /// Verification and facts date; nil falls back to the last-update date.
    var verification: CardFreshness?
    /// Signed token for the feedback forms; nil shows no forms.
    var feedbackToken: String?
    /// Whether the page is in another language and some of the card's text is Italian only.
    var showsItalianOnlyNotice = false

    init(layout: LayoutView, card: ServiceCard, coverage: ComuneCoverage? = nil,
                similar: [ServiceSummary] = [], verification: CardFreshness? = nil) {
        self.layout = layout
        self.card = card
        self.coverage = coverage
        self.similar = similar
        self.verification = verification
    }

    var service: Service { card.service }

    func render() -> HTML {
        let path = "/servizi/\(service.slug)"
        let l10n = layout.localizer
        var meta = PageMetadata(
            title: service.title, description: service.summary.isEmpty ? nil : service.summary,
            canonicalPath: path, openGraphType: "article",
            jsonLD: ServiceCardJSONLD(card: card, site: layout.site).encoded(),
            breadcrumb: [BreadcrumbItem(l10n.tr("crumb.home"), path: "/"), BreadcrumbItem(l10n.tr("crumb.services"), path: "/cerca"),
                         BreadcrumbItem(service.title)])
        meta.showsQuickExit = SensitiveTopics.isSensitive(card)
        return layout.render(meta, content: """
        <article class="layout-card">
        <div class="card-head">
        \(heading())\(SafetyPanelView(shown: SensitiveTopics.isSensitive(card)).render())\(italianOnlyNotice())\(archivedNotice())\(coverageNote())\(planButton())</div>
        <aside class="card-side" aria-label="\(l10n.tr("card.summary"))">
        \(contactsPanel())\(organizationPanel())</aside>
        <div class="card-body">
        \(sections())</div>
        </article>
        \(similarServices())\(feedbackForms())
        """)
    }

    func heading() -> HTML {
        var badges: [HTML] = [BadgeView(layout.localizer.label("type", code: card.serviceType.code, italian: card.serviceType.label)).render(), costBadge()]
        if card.tuirCategory != nil { badges.append(BadgeView(layout.localizer.tr("badge.welfare"), kind: .welfare).render()) }
        if service.status == .archived { badges.append(BadgeView(layout.localizer.tr("badge.archived"), kind: .warning).render()) }
        if service.isDemo { badges.append(BadgeView(layout.localizer.tr("badge.demo")).render()) }
        if verification.map({ $0.state != .current }) == true, service.status == .published {
            badges.append(BadgeView(layout.localizer.tr("badge.to_verify"), kind: .warning).render())
        }
        let lead: HTML = service.summary.isEmpty ? HTML() : "<p class=\"lead\">\(service.summary)</p>\n"
        return """
        <h1>\(service.title)</h1>
        <p class="badges">\(badges)</p>
        \(lead)<p class="meta">\(layout.localizer.tr("card.offered_by")) <a href="\(layout.localizer.path("/enti/\(card.organization.slug)"))">\(card.organization.name)</a>. \
        \(freshnessLine())</p>
        \(freshnessNotice())
        """
    }

    /// "This information is available in Italian only" on translated pages lacking a translation.
    func italianOnlyNotice() -> HTML {
        guard showsItalianOnlyNotice else { return HTML() }
        return "<div class=\"notice\" role=\"note\"><p>\(layout.localizer.tr("card.italian_only"))</p></div>\n"
    }

    /// "Aggiungi al piano" for published cards (issue 10); the plan page then shows it.
    func planButton() -> HTML {
        guard service.status == .published else { return HTML() }
        var button = PlanButton(.add, returnTo: "/imprese/piano")
        button.localizer = l10n
        return button.render(slug: service.slug, title: service.title)
    }

    func costBadge() -> HTML {
        switch service.cost.kind {
        case .free: return BadgeView(layout.localizer.tr("badge.free"), kind: .free).render()
        case .unknown: return BadgeView(layout.localizer.tr("badge.cost_unknown"), kind: .neutral).render()
        default: return BadgeView(layout.localizer.label("cost_kind", code: service.cost.kind.rawValue, italian: service.cost.kind.label), kind: .paid).render()
        }
    }

    func archivedNotice() -> HTML {
        guard service.status == .archived else { return HTML() }
        let reason: HTML = service.archiveReason.map { "<p>\(layout.localizer.tr("card.archive_reason")): \($0)</p>\n" } ?? HTML()
        let hint: HTML = similar.isEmpty ? "" : " \(layout.localizer.tr("card.archived_below")) <a href=\"#simili\">\(layout.localizer.tr("card.archived_similar"))</a>."
        return """
        <div class="notice" role="note">
        <h2>\(layout.localizer.tr("card.archived"))</h2>
        <p>\(layout.localizer.tr("card.archived_text"))\(hint)</p>
        \(reason)</div>

        """
    }

    func coverageNote() -> HTML {
        guard let coverage else { return HTML() }
        let comune = coverage.comune
        guard let via = coverage.coveredBy else {
            return """
            <div class="notice" role="note"><p><strong>\(layout.localizer.tr("card.not_covered", ["comune": comune.name])).</strong> \
            <a href="\(layout.localizer.path("/territori/\(comune.slug)"))">\(layout.localizer.tr("card.see_comune", ["comune": comune.name]))</a>.</p></div>

            """
        }
        let phrase: String
        switch via.kind {
        case .comune: phrase = ""
        case .area: phrase = " (\(layout.localizer.tr("card.via_area", ["name": via.name])))"
        case .province: phrase = " (\(layout.localizer.tr("card.via_province", ["name": via.name])))"
        case .region: phrase = " (\(layout.localizer.tr("card.via_region", ["name": via.name])))"
        }
        return """
        <div class="notice notice-ok" role="note"><p><strong>\(layout.localizer.tr("card.covered", ["comune": comune.name]))</strong>\(phrase).</p></div>

        """
    }

    func similarServices() -> HTML {
        guard !similar.isEmpty else { return HTML() }
        let items: [HTML] = similar.map {
            "<li><a href=\"\(layout.localizer.path("/servizi/\($0.slug)"))\">\($0.title)</a> <span class=\"meta\">– \($0.organizationName)</span></li>"
        }
        return """
        <section class="similar panel" id="simili" aria-labelledby="simili-titolo">
        <h2 id="simili-titolo">\(layout.localizer.tr("card.similar"))</h2>
        <ul>\(items)</ul>
        </section>

        """
    }
}
