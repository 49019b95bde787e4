import Catalog
import Foundation

/// What a list of results shows about one service: title, organisation, needs, where, delivery
/// modes, cost, welfare-plan use, last update. Built by handlers from search hits or summaries.
public struct ResultItem: Sendable, Equatable {
    public var slug: String
    public var title: String
    public var summary: String
    public var organizationName: String
    public var organizationSlug: String
    public var needs: [String]
    /// Where it is offered, in words ("Pinerolo", "tutta la provincia di Cuneo").
    public var places: [String]
    public var deliveryModes: [String]
    /// The codes of `needs` and `deliveryModes`, same order, for their labels in other languages (may be empty).
    public var needCodes: [String] = []
    public var deliveryModeCodes: [String] = []
    /// The served territory whose Italian words (`placeWords`) end `places`, to write them in other languages.
    public var servedTerritory: TerritoryRef?
    public var costKind: CostKind
    public var welfareEligible: Bool
    public var updatedAt: Date
    public var isArchived: Bool

    public init(
        slug: String, title: String, summary: String, organizationName: String, organizationSlug: String,
        needs: [String] = [], places: [String] = [], deliveryModes: [String] = [], costKind: CostKind,
        welfareEligible: Bool, updatedAt: Date, isArchived: Bool = false
    ) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.organizationName = organizationName
        self.organizationSlug = organizationSlug
        self.needs = needs
        self.places = places
        self.deliveryModes = deliveryModes
        self.costKind = costKind
        self.welfareEligible = welfareEligible
        self.updatedAt = updatedAt
        self.isArchived = isArchived
    }

    /// A line built from a plain summary (no needs, places or modes known).
    public init(_ summary: ServiceSummary) {
        self.init(slug: summary.slug, title: summary.title, summary: summary.summary,
                  organizationName: summary.organizationName, organizationSlug: summary.organizationSlug,
                  costKind: summary.costKind, welfareEligible: summary.welfareEligible,
                  updatedAt: summary.updatedAt, isArchived: summary.status == .archived)
    }
}

/// One result in a list, as an `li` with a linked heading and the facts a person scans for.
public struct ResultItemView: Sendable {
    public let item: ResultItem
    /// Heading level (2 on search pages, 3 under a group heading).
    public let headingLevel: Int
    /// Extra query for the card link (`?comune=pinerolo`), so the card can answer "copre il mio comune?".
    public let linkQuery: String
    /// The plan button under the result (issue 10), or none.
    public let plan: PlanButton?
    /// The language of the card link.
    public let localizer: Localizer

    public init(item: ResultItem, headingLevel: Int = 2, linkQuery: String = "", plan: PlanButton? = nil,
                localizer: Localizer = .italian) {
        self.localizer = localizer
        self.item = item
        self.headingLevel = max(2, min(4, headingLevel))
        self.linkQuery = linkQuery
        self.plan = plan
    }

    public func render() -> HTML {
        let h = HTML(unsafeRaw: "h\(headingLevel)")
        let summary: HTML = item.summary.isEmpty ? HTML() : "<p>\(item.summary)</p>\n"
        return """
        <li class="result">
        <\(h)><a href="\(SafeURL(path: localizer.path("/servizi/\(item.slug)") + linkQuery))">\(item.title)</a></\(h)>
        <p class="meta">\(item.organizationName)</p>
        \(summary)\(facts())<p>\(badges())</p>
        \(plan.map { $0.render(slug: item.slug, title: item.title) } ?? HTML())</li>

        """
    }

    func facts() -> HTML {
        var lines: [HTML] = []
        if !item.needs.isEmpty { lines.append("<dt>\(localizer.tr("result.needs"))</dt><dd>\(ItalianText.labels(labels("need", item.needs, item.needCodes)))</dd>") }
        if !item.places.isEmpty { lines.append("<dt>\(localizer.tr("result.where"))</dt><dd>\(ItalianText.labels(places()))</dd>") }
        if !item.deliveryModes.isEmpty {
            lines.append("<dt>\(localizer.tr("result.how"))</dt><dd>\(ItalianText.labels(labels("delivery", item.deliveryModes, item.deliveryModeCodes)))</dd>")
        }
        lines.append("""
        <dt>\(localizer.tr("result.updated"))</dt><dd><time datetime="\(ItalianDate.iso(item.updatedAt))">\(localizer.date(item.updatedAt))</time></dd>
        """)
        return "<dl class=\"facts facts-inline\">\(lines)</dl>\n"
    }

    /// The places, the served territory's words in the page's language ("province of Cuneo").
    func places() -> [String] {
        var places = item.places
        guard let served = item.servedTerritory, !localizer.isDefault, places.last == ResultItem.placeWords(served) else { return places }
        switch served.kind {
        case .comune, .area: return places
        case .province:
            let named = served.name.lowercased().hasPrefix("provincia") || served.name.lowercased().hasPrefix("città")
            places[places.count - 1] = named ? served.name : localizer.tr("result.place_province", ["name": served.name])
        case .region: places[places.count - 1] = localizer.tr("result.place_region", ["name": served.name])
        }
        return places
    }

    /// Italian `labels` in the page's language when their `codes` are known.
    func labels(_ prefix: String, _ labels: [String], _ codes: [String]) -> [String] {
        guard codes.count == labels.count else { return labels }
        return zip(codes, labels).map { localizer.label(prefix, code: $0, italian: $1) }
    }

    func badges() -> HTML {
        var badges: [HTML] = []
        switch item.costKind {
        case .free: badges.append(BadgeView(localizer.tr("badge.free"), kind: .free).render())
        case .unknown: badges.append(BadgeView(localizer.tr("badge.cost_unknown"), kind: .neutral).render())
        default: badges.append(BadgeView(localizer.label("cost_kind", code: item.costKind.rawValue, italian: item.costKind.label), kind: .paid).render())
        }
        if item.welfareEligible { badges.append(BadgeView(localizer.tr("badge.welfare"), kind: .welfare).render()) }
        if item.isArchived { badges.append(BadgeView(localizer.tr("badge.archived"), kind: .warning).render()) }
        return HTML.join(badges, separator: " ")
    }
}
