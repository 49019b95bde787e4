import Catalog

extension ServiceCardView {
    /// The body sections, in the order of the scheda servizio.
    func sections() -> HTML {
        return """
        \(section("destinatari", l10n.tr("card.section.destinatari"), audience()))\
        \(section("contenuti", l10n.tr("card.section.contenuti"), contents()))\
        \(section("come-fare", l10n.tr("card.section.come_fare"), text(service.howToAccess, missing: l10n.tr("card.missing.how"))))\
        \(section("cosa-serve", l10n.tr("card.section.cosa_serve"), text(service.requiredDocuments, missing: l10n.tr("card.missing.documents")),
                  isEmpty: isBlank(service.requiredDocuments)))\
        \(section("cosa-si-ottiene", l10n.tr("card.section.cosa_si_ottiene"), text(service.outcome, missing: l10n.tr("card.missing.any")), isEmpty: isBlank(service.outcome)))\
        \(section("tempi", l10n.tr("card.section.tempi"), times(),
                  isEmpty: isBlank(service.timesAndDeadlines) && service.validFrom == nil && service.validTo == nil))\
        \(section("condizioni", l10n.tr("card.section.condizioni"), conditions()))\
        \(section("costi", l10n.tr("card.section.costi"), costs()))\
        \(section("dove", l10n.tr("card.section.dove"), placesAndModes()))\
        \(section("territorio", l10n.tr("card.section.territorio"), servedTerritory()))\
        \(section("contatti", l10n.tr("card.section.contatti"), contacts()))\
        \(section("aggiornamento", l10n.tr("card.section.aggiornamento"), freshness()))
        """
    }

    /// A titled section; `isEmpty` sections say "non indicato" on screen and are left out in print.
    func section(_ id: String, _ title: String, _ body: HTML, isEmpty: Bool = false) -> HTML {
        let classes: HTML = isEmpty ? "card-section is-empty" : "card-section"
        return """
        <section class="\(classes)" aria-labelledby="\(id)">
        <h2 id="\(id)">\(title)</h2>
        \(body)</section>

        """
    }

    var l10n: Localizer { layout.localizer }

    func isBlank(_ value: String) -> Bool { value.trimmingWhitespace().isEmpty }

    func text(_ value: String, missing: String) -> HTML {
        let trimmed = value.trimmingWhitespace()
        return trimmed.isEmpty ? "<p class=\"meta\">\(missing)</p>\n" : ItalianText.paragraphs(trimmed)
    }

    func audience() -> HTML {
        var out = text(service.audience, missing: l10n.tr("card.missing.any"))
        if !card.targets.isEmpty {
            let items: [HTML] = card.targets.map { "<li>\(layout.localizer.label("target", code: $0.code, italian: $0.label))</li>" }
            out.append("<p>\(layout.localizer.tr("card.targets")):</p>\n<ul>\(items)</ul>\n")
        }
        switch (service.ageMin, service.ageMax) {
        case let (min?, max?): out.append("<p>\(l10n.tr("card.age_range", ["min": String(min), "max": String(max)]))</p>\n")
        case let (min?, nil): out.append("<p>\(l10n.tr("card.age_min", ["min": String(min)]))</p>\n")
        case let (nil, max?): out.append("<p>\(l10n.tr("card.age_max", ["max": String(max)]))</p>\n")
        case (nil, nil): break
        }
        return out
    }

    func contents() -> HTML {
        var out = text(service.description, missing: l10n.tr("card.missing.description"))
        let needs: [HTML] = card.needs.map { "<li><a href=\"\(layout.localizer.path("/cerca?bisogno=\($0.code)"))\">\(layout.localizer.label("need", code: $0.code, italian: $0.label))</a></li>" }
        if !needs.isEmpty { out.append("<p>\(layout.localizer.tr("card.needs")):</p>\n<ul>\(needs)</ul>\n") }
        out.append("<p>\(layout.localizer.tr("card.service_type")): \(layout.localizer.label("type", code: card.serviceType.code, italian: card.serviceType.label)).</p>\n")
        return out
    }

    func times() -> HTML {
        var out = text(service.timesAndDeadlines, missing: l10n.tr("card.missing.times"))
        switch (service.validFrom, service.validTo) {
        case let (from?, to?): out.append("<p>\(l10n.tr("card.active_from_to", ["from": l10n.date(from), "to": l10n.date(to)]))</p>\n")
        case let (from?, nil): out.append("<p>\(l10n.tr("card.active_from", ["from": l10n.date(from)]))</p>\n")
        case let (nil, to?): out.append("<p>\(l10n.tr("card.active_to", ["to": l10n.date(to)]))</p>\n")
        case (nil, nil): break
        }
        return out
    }

    func conditions() -> HTML {
        var out = text(service.conditions, missing: l10n.tr("card.missing.conditions"))
        let languages = service.languageCodes.map { l10n.term("language.\($0.lowercased())", italian: LanguageNames.italianName($0)) }
        if !languages.isEmpty { out.append("<p>\(l10n.tr("card.languages")): \(l10n.list(languages)).</p>\n") }
        let access = service.accessibilityNotes.trimmingWhitespace()
        if !access.isEmpty { out.append("<p>\(l10n.tr("card.accessibility")): \(access)</p>\n") }
        return out
    }

    func servedTerritory() -> HTML {
        guard !card.servedTerritories.isEmpty else {
            return "<p class=\"meta\">\(l10n.tr("card.missing.territory"))</p>\n"
        }
        let items: [HTML] = card.servedTerritories.map { territory in
            switch territory.kind {
            case .comune: return "<li>\(l10n.tr("card.territory_comune")) <a href=\"\(l10n.path("/territori/\(territory.slug)"))\">\(territory.name)</a></li>"
            case .province: return "<li>\(l10n.tr("card.territory_province", ["name": territory.name]))</li>"
            case .region: return "<li>\(l10n.tr("card.territory_region", ["name": territory.name]))</li>"
            case .area: return "<li>\(territory.name)</li>"
            }
        }
        return "<p>\(layout.localizer.tr("card.served_people")):</p>\n<ul>\(items)</ul>\n"
    }

    func freshness() -> HTML {
        let verified: HTML = service.lastVerifiedAt.map {
            "\(l10n.tr("card.last_verified")): <time datetime=\"\(ItalianDate.iso($0))\">\(l10n.date($0))</time>."
        } ?? "\(l10n.tr("card.not_verified"))"
        let source = service.source.trimmingWhitespace()
        let sourceLine: HTML = source.isEmpty ? HTML() : "<p>\(l10n.tr("card.source")): \(source)</p>\n"
        let demo: HTML = service.isDemo
            ? "<p><strong>\(l10n.tr("card.demo_title"))</strong> \(l10n.tr("card.demo_text"))</p>\n"
            : HTML()
        return """
        <p>\(l10n.tr("card.last_update")): <time datetime="\(ItalianDate.iso(service.updatedAt))">\
        \(l10n.date(service.updatedAt))</time>. \(verified)</p>
        \(sourceLine)\(demo)<p class="no-print"><a href="/servizi/\(service.slug)/cronologia"\(layout.italianOnly())>\(l10n.tr("card.history"))</a> · \
        <a href="\(l10n.path("/cerca"))">\(l10n.tr("card.search_more"))</a></p>
        <p class="no-print"><a href="/api/v1/services/\(service.uuid.lowercasedString)">\(l10n.tr("card.json"))</a> (\(l10n.tr("card.json_format")), <a href="/dati"\(layout.italianOnly())>\(l10n.tr("card.open_data"))</a>)</p>

        """
    }
}
