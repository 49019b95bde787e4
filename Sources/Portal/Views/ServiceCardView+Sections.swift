import Catalog

extension ServiceCardView {
    /// The body sections, in the order of the scheda servizio.
    func sections() -> HTML {
        let l10n = layout.localizer
        return """
        \(section("destinatari", l10n.tr("card.section.destinatari"), audience()))\
        \(section("contenuti", l10n.tr("card.section.contenuti"), contents()))\
        \(section("come-fare", l10n.tr("card.section.come_fare"), text(service.howToAccess, missing: "Non indicato: contatta l'ente per sapere come accedere.")))\
        \(section("cosa-serve", l10n.tr("card.section.cosa_serve"), text(service.requiredDocuments, missing: "Non indicato: chiedi all'ente quali documenti servono."),
                  isEmpty: isBlank(service.requiredDocuments)))\
        \(section("cosa-si-ottiene", l10n.tr("card.section.cosa_si_ottiene"), text(service.outcome, missing: "Non indicato."), isEmpty: isBlank(service.outcome)))\
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

    func isBlank(_ value: String) -> Bool { value.trimmingWhitespace().isEmpty }

    func text(_ value: String, missing: String) -> HTML {
        let trimmed = value.trimmingWhitespace()
        return trimmed.isEmpty ? "<p class=\"meta\">\(missing)</p>\n" : ItalianText.paragraphs(trimmed)
    }

    func audience() -> HTML {
        var out = text(service.audience, missing: "Non indicato.")
        if !card.targets.isEmpty {
            let items: [HTML] = card.targets.map { "<li>\(layout.localizer.label("target", code: $0.code, italian: $0.label))</li>" }
            out.append("<p>\(layout.localizer.tr("card.targets")):</p>\n<ul>\(items)</ul>\n")
        }
        switch (service.ageMin, service.ageMax) {
        case let (min?, max?): out.append("<p>Età: da \(min) a \(max) anni.</p>\n")
        case let (min?, nil): out.append("<p>Età: da \(min) anni in su.</p>\n")
        case let (nil, max?): out.append("<p>Età: fino a \(max) anni.</p>\n")
        case (nil, nil): break
        }
        return out
    }

    func contents() -> HTML {
        var out = text(service.description, missing: "Descrizione non disponibile.")
        let needs: [HTML] = card.needs.map { "<li><a href=\"\(layout.localizer.path("/cerca?bisogno=\($0.code)"))\">\(layout.localizer.label("need", code: $0.code, italian: $0.label))</a></li>" }
        if !needs.isEmpty { out.append("<p>\(layout.localizer.tr("card.needs")):</p>\n<ul>\(needs)</ul>\n") }
        out.append("<p>\(layout.localizer.tr("card.service_type")): \(layout.localizer.label("type", code: card.serviceType.code, italian: card.serviceType.label)).</p>\n")
        return out
    }

    func times() -> HTML {
        var out = text(service.timesAndDeadlines, missing: "Non indicati.")
        switch (service.validFrom, service.validTo) {
        case let (from?, to?): out.append("<p>Attivo dal \(ItalianDate.long(from)) al \(ItalianDate.long(to)).</p>\n")
        case let (from?, nil): out.append("<p>Attivo dal \(ItalianDate.long(from)).</p>\n")
        case let (nil, to?): out.append("<p>Attivo fino al \(ItalianDate.long(to)).</p>\n")
        case (nil, nil): break
        }
        return out
    }

    func conditions() -> HTML {
        var out = text(service.conditions, missing: "Nessuna condizione particolare indicata.")
        let languages = service.languageCodes.map(LanguageNames.italianName)
        if !languages.isEmpty { out.append("<p>Lingue: \(ItalianText.list(languages)).</p>\n") }
        let access = service.accessibilityNotes.trimmingWhitespace()
        if !access.isEmpty { out.append("<p>Accessibilità: \(access)</p>\n") }
        return out
    }

    func servedTerritory() -> HTML {
        guard !card.servedTerritories.isEmpty else {
            return "<p class=\"meta\">Non indicato: chiedi all'ente se il servizio arriva nel tuo comune.</p>\n"
        }
        let items: [HTML] = card.servedTerritories.map { territory in
            switch territory.kind {
            case .comune: return "<li>Comune di <a href=\"/territori/\(territory.slug)\">\(territory.name)</a></li>"
            case .province: return "<li>Tutta la provincia di \(territory.name)</li>"
            case .region: return "<li>Tutto il \(territory.name)</li>"
            case .area: return "<li>\(territory.name)</li>"
            }
        }
        return "<p>\(layout.localizer.tr("card.served_people")):</p>\n<ul>\(items)</ul>\n"
    }

    func freshness() -> HTML {
        let verified: HTML = service.lastVerifiedAt.map {
            "Ultima verifica con l'ente: <time datetime=\"\(ItalianDate.iso($0))\">\(ItalianDate.long($0))</time>."
        } ?? "Le informazioni non sono ancora state verificate con l'ente."
        let source = service.source.trimmingWhitespace()
        let sourceLine: HTML = source.isEmpty ? HTML() : "<p>Fonte: \(source)</p>\n"
        let demo: HTML = service.isDemo
            ? "<p><strong>Dati dimostrativi</strong> (fonte: mappatura 2022): verifica con l'ente prima di muoverti.</p>\n"
            : HTML()
        return """
        <p>Ultimo aggiornamento della scheda: <time datetime="\(ItalianDate.iso(service.updatedAt))">\
        \(ItalianDate.long(service.updatedAt))</time>. \(verified)</p>
        \(sourceLine)\(demo)<p class="no-print"><a href="/servizi/\(service.slug)/cronologia">Cronologia delle modifiche</a> · \
        <a href="/cerca">Cerca altri servizi</a></p>
        <p class="no-print"><a href="/api/v1/services/\(service.uuid.lowercasedString)">Scarica questa scheda in JSON</a> (formato HSDS 3.0, <a href="/dati">dati aperti</a>)</p>

        """
    }
}
