import Catalog
import Foundation
import Search

/// One result in a list, as an `li` with a linked heading and the facts a person scans for:
/// title, organisation, needs, where, delivery modes, cost, welfare-plan use, last update.
/// It renders Search's `SearchHit` as it is; lists that are not searches give a summary.
struct ResultItemView: Sendable {
    let hit: SearchHit
    /// Heading level (2 on search pages, 3 under a group heading).
    let headingLevel: Int
    /// Extra query for the card link (`?comune=pinerolo`), so the card can answer "copre il mio comune?".
    let linkQuery: String
    /// The plan button under the result (issue 10), or none.
    let plan: PlanButton?
    /// The language of the card link.
    let localizer: Localizer

    init(hit: SearchHit, headingLevel: Int = 2, linkQuery: String = "", plan: PlanButton? = nil,
                localizer: Localizer = .italian) {
        self.localizer = localizer
        self.hit = hit
        self.headingLevel = max(2, min(4, headingLevel))
        self.linkQuery = linkQuery
        self.plan = plan
    }

    /// A line for a plain summary (recent cards, an organisation's services): no needs, places or modes known.
    init(summary: ServiceSummary, headingLevel: Int = 2, localizer: Localizer = .italian) {
        self.init(hit: SearchHit(summary: summary), headingLevel: headingLevel, localizer: localizer)
    }

    func render() -> HTML {
        let h = HTML(unsafeRaw: "h\(headingLevel)")
        let summary: HTML = hit.summary.isEmpty ? HTML() : "<p>\(hit.summary)</p>\n"
        return """
        <li class="result">
        <\(h)><a href="\(SafeURL(path: localizer.path("/servizi/\(hit.slug)") + linkQuery))">\(hit.title)</a></\(h)>
        <p class="meta">\(hit.organizationName)</p>
        \(summary)\(facts())<p>\(badges())</p>
        \(plan.map { $0.render(slug: hit.slug, title: hit.title) } ?? HTML())</li>

        """
    }

    func facts() -> HTML {
        var lines: [HTML] = []
        if !hit.needs.isEmpty { lines.append("<dt>\(localizer.tr("result.needs"))</dt><dd>\(ItalianText.labels(labels("need", hit.needs)))</dd>") }
        let places = places()
        if !places.isEmpty { lines.append("<dt>\(localizer.tr("result.where"))</dt><dd>\(ItalianText.labels(places))</dd>") }
        if !hit.deliveryModes.isEmpty {
            lines.append("<dt>\(localizer.tr("result.how"))</dt><dd>\(ItalianText.labels(labels("delivery", hit.deliveryModes)))</dd>")
        }
        lines.append("""
        <dt>\(localizer.tr("result.updated"))</dt><dd><time datetime="\(ItalianDate.iso(hit.updatedAt))">\(localizer.date(hit.updatedAt))</time></dd>
        """)
        return "<dl class=\"facts facts-inline\">\(lines)</dl>\n"
    }

    /// Where it is offered, in words: the comuni where it is delivered, then the territory through
    /// which it answers unless that is one of those comuni; four at most.
    func places() -> [String] {
        var places = hit.placeNames
        if let served = hit.servedTerritory, served.kind != .comune || !places.contains(served.name) {
            places.append(words(served))
        }
        return Array(places.prefix(4))
    }

    /// A served territory in the page's words: "Pinerolo", "provincia di Cuneo", "tutto il Piemonte".
    func words(_ territory: TerritoryRef) -> String {
        let name = territory.name
        switch territory.kind {
        case .comune, .area: return name
        case .province:
            let saysProvince = name.lowercased().hasPrefix("provincia") || name.lowercased().hasPrefix("città")
            return saysProvince ? name : localizer.tr("result.place_province", ["name": name])
        case .region: return localizer.tr("result.place_region", ["name": name])
        }
    }

    /// The terms' labels in the page's language (`prefix` names the taxonomy).
    func labels(_ prefix: String, _ terms: [TaxonomyTerm]) -> [String] {
        terms.map { localizer.label(prefix, code: $0.code, italian: $0.label) }
    }

    func badges() -> HTML {
        var badges: [HTML] = []
        switch hit.costKind {
        case .free: badges.append(BadgeView(localizer.tr("badge.free"), kind: .free).render())
        case .unknown: badges.append(BadgeView(localizer.tr("badge.cost_unknown"), kind: .neutral).render())
        default: badges.append(BadgeView(localizer.label("cost_kind", code: hit.costKind.rawValue, italian: hit.costKind.label), kind: .paid).render())
        }
        if hit.welfareEligible { badges.append(BadgeView(localizer.tr("badge.welfare"), kind: .welfare).render()) }
        if hit.status == .archived { badges.append(BadgeView(localizer.tr("badge.archived"), kind: .warning).render()) }
        return HTML.join(badges, separator: " ")
    }
}
