import Catalog
import Search

extension SearchView {
    /// The filter form: words, comune, then each filter group with counts, and one "Applica
    /// filtri" button that reloads the page with the new query string (STYLE 12). It comes after
    /// the results in the page (on a phone, results first); wide screens show it on the left.
    func filters() -> HTML {
        let f = model.result.facets
        let cost: [FilterOption] = SearchParameters.CostFilter.allCases.compactMap {
            let count = f.count(costKinds: $0.costKinds)
            guard count > 0 || p.cost == $0 else { return nil }
            return FilterOption(value: $0.rawValue, label: l10n.label("cost", code: $0.rawValue, italian: $0.label), count: count, isSelected: p.cost == $0)
        }
        let welfare = f.welfareEligible > 0 || p.welfareOnly
            ? [FilterOption(value: "1", label: l10n.tr("search.welfare_option"), count: f.welfareEligible, isSelected: p.welfareOnly)]
            : []
        let keptPlace: [HTML] = [("area", p.area), ("provincia", p.province)].compactMap { name, value in
            value.map { "<input type=\"hidden\" name=\"\(name)\" value=\"\($0)\">" }
        }
        let sort: HTML = p.sort.map { "<input type=\"hidden\" name=\"ordina\" value=\"\($0.parameterValue)\">" } ?? HTML()
        return """
        <form class="filters" id="filtri" action="\(searchPath)" method="get" aria-labelledby="filtri-titolo">
        <h2 id="filtri-titolo">\(l10n.tr("search.filters"))</h2>
        <p class="to-results"><a href="#risultati">\(l10n.tr("search.to_results"))</a></p>
        <div class="field">
        <label for="filtri-q">\(l10n.tr("search.words"))</label>
        <input type="search" id="filtri-q" name="q" value="\(p.text)" maxlength="200">
        </div>
        \(ComuneFieldView(id: "filtri-comune", value: p.comune, errorMessage: model.comuneError, localizer: l10n).render())\
        \(keptPlace)\(sort)\(group("bisogno", l10n.tr("search.filter_need"), "need", model.needs, p.needs, f.needs, startsOpen: true))\
        \(group("destinatario", l10n.tr("search.filter_target"), "target", model.targets, p.targets, f.targets))\
        \(group("modalita", l10n.tr("search.filter_delivery"), "delivery", model.deliveryModes, p.deliveryModes, f.deliveryModes))\
        \(localized(FilterGroupView(name: "costo", legend: l10n.tr("search.filter_cost"), options: cost, control: .radio, collapsible: true)))\
        \(localized(FilterGroupView(name: "welfare", legend: l10n.tr("search.filter_welfare"), options: welfare, collapsible: true)))\
        \(group("tipo_ente", l10n.tr("search.filter_kind"), "kind", model.organizationKinds, p.organizationKinds, f.organizationKinds))\
        <button type="submit" class="button">\(l10n.tr("search.apply"))</button>
        </form>

        """
    }

    /// A checkbox group; options with no results are left out unless selected (fewer dead ends,
    /// shorter page).
    func group(_ name: String, _ legend: String, _ prefix: String, _ terms: [TaxonomyTerm], _ selected: [String],
               _ counts: [FacetCount], startsOpen: Bool = false) -> HTML {
        let options: [FilterOption] = terms.compactMap { term in
            let count = counts.count(of: term.code)
            let isSelected = selected.contains(term.code)
            guard count > 0 || isSelected else { return nil }
            return FilterOption(value: term.code, label: l10n.label(prefix, code: term.code, italian: term.label), count: count, isSelected: isSelected)
        }
        return localized(FilterGroupView(name: name, legend: legend, options: options, collapsible: true, startsOpen: startsOpen))
    }

    /// `group` rendered in the page's language.
    func localized(_ group: FilterGroupView) -> HTML {
        var group = group
        group.localizer = l10n
        return group.render()
    }

    /// The chosen filters, each a link that removes it.
    func selectedFilters() -> HTML {
        let links = removableFilters()
        guard !links.isEmpty else { return HTML() }
        let items: [HTML] = links.map { label, url in
            "<li><a href=\"\(SafeURL(path: url))\"><span class=\"visually-hidden\">\(l10n.tr("search.remove_filter")) </span>\(label) ✕</a></li>"
        }
        return """
        <h2 class="visually-hidden">\(l10n.tr("search.chosen_filters"))</h2>
        <ul class="selected-filters">\(items)</ul>
        <p><a href="\(searchPath)">\(l10n.tr("search.remove_all"))</a></p>

        """
    }

    /// (label, URL without that filter) for every chosen filter.
    func removableFilters() -> [(String, String)] {
        removableFilterQueries().map { ($0.0, $0.1.url(searchPath)) }
    }

    /// (label, query without that filter) for every chosen filter.
    func removableFilterQueries() -> [(String, URLQuery)] {
        let base = p.query.removing("pagina")
        var out: [(String, URLQuery)] = []
        if !p.text.isEmpty { out.append(("«\(p.text)»", base.removing("q"))) }
        if let comune = model.comune { out.append((comune.name, base.removing("comune"))) }
        if let place = model.placePhrase {
            out.append((place, base.removing("provincia").removing("area")))
        }
        let groups: [(String, String, [String], [TaxonomyTerm])] = [
            ("bisogno", "need", p.needs, model.needs), ("destinatario", "target", p.targets, model.targets),
            ("modalita", "delivery", p.deliveryModes, model.deliveryModes), ("tipo_ente", "kind", p.organizationKinds, model.organizationKinds),
        ]
        for (name, prefix, codes, terms) in groups {
            for code in codes {
                out.append((labels([code], in: terms, prefix: prefix)[0], base.removing(name, value: code)))
            }
        }
        if let cost = p.cost { out.append((l10n.label("cost", code: cost.rawValue, italian: cost.label), base.removing("costo"))) }
        if p.welfareOnly { out.append((l10n.tr("search.filter_welfare"), base.removing("welfare"))) }
        return out
    }
}
