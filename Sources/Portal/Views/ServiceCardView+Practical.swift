import Catalog

extension ServiceCardView {
    func costs() -> HTML {
        let cost = service.cost
        let notes = cost.notes.trimmingWhitespace()
        // An unknown cost is already named by the badge under the title: say it once, with what to do.
        var out: HTML = cost.kind == .unknown ? HTML() : "<p><strong>\(l10n.label("cost_kind", code: cost.kind.rawValue, italian: cost.kind.label))</strong>\(amount(cost))</p>\n"
        if !notes.isEmpty { out.append(ItalianText.paragraphs(notes)) }
        if cost.kind == .unknown && notes.isEmpty {
            out.append("<p>\(l10n.tr("card.cost_missing"))</p>\n")
        }
        if !card.paymentMethods.isEmpty {
            out.append("<p>\(l10n.tr("card.pay_with")): \(ItalianText.labels(card.paymentMethods.map { l10n.label("payment", code: $0.code, italian: $0.label) })).</p>\n")
        }
        out.append(welfarePlan())
        return out
    }

    func amount(_ cost: CostModel) -> HTML {
        let unit = cost.unit.trimmingWhitespace()
        let suffix = unit.isEmpty ? "" : " \(unit)"
        switch (cost.minCents, cost.maxCents) {
        case let (min?, max?) where min == max: return ": \(ItalianText.euro(cents: min))\(suffix)"
        case let (min?, max?):
            return ": \(l10n.tr("cost.range", ["min": ItalianText.euro(cents: min), "max": ItalianText.euro(cents: max)]))\(suffix)"
        case let (min?, nil): return ": \(l10n.tr("cost.from", ["min": ItalianText.euro(cents: min)]))\(suffix)"
        case let (nil, max?): return ": \(l10n.tr("cost.up_to", ["max": ItalianText.euro(cents: max)]))\(suffix)"
        case (nil, nil): return "."
        }
    }

    func welfarePlan() -> HTML {
        guard let category = card.tuirCategory else {
            return "<p>\(l10n.tr("card.no_welfare"))</p>\n"
        }
        let notes = service.welfareNotes.trimmingWhitespace()
        let extra: HTML = notes.isEmpty ? HTML() : "<p>\(notes)</p>\n"
        return """
        <p>\(l10n.tr("card.welfare_before")) <strong>\(l10n.tr("card.welfare_plan"))</strong> \
        (\(l10n.tr("card.welfare_category", ["category": l10n.label("tuir", code: category.code, italian: category.label)]))). \
        \(l10n.tr("card.welfare_ask"))</p>
        \(WelfarePaymentView(mode: service.welfarePaymentMode, firmSteps: service.welfareFirmSteps, localizer: l10n).render())\(extra)
        """
    }

    func placesAndModes() -> HTML {
        var out = HTML()
        if !card.deliveryModes.isEmpty {
            out.append("<p>\(layout.localizer.tr("card.delivery")): \(ItalianText.labels(card.deliveryModes.map { layout.localizer.label("delivery", code: $0.code, italian: $0.label) })).</p>\n")
        }
        guard !card.locations.isEmpty else {
            out.append("<p class=\"meta\">\(layout.localizer.tr("card.no_places")).</p>\n")
            return out
        }
        let places: [HTML] = card.locations.map(place)
        out.append("<ul class=\"places\">\(places)</ul>\n")
        return out
    }

    func place(_ item: CardLocation) -> HTML {
        let location = item.location
        let name = location.name.trimmingWhitespace()
        let title: HTML = name.isEmpty ? HTML() : "<strong>\(name)</strong><br>"
        let comuneLink: HTML = "<a href=\"\(l10n.path("/territori/\(item.comune.slug)"))\">\(item.comune.name)</a>"
        let address: HTML
        if location.isConfidential {
            address = "\(comuneLink). \(l10n.tr("card.confidential"))"
        } else if let street = location.address?.trimmingWhitespace(), !street.isEmpty {
            let cap = location.postalCode.map { "\($0) " } ?? ""
            address = "\(street), \(cap)\(comuneLink)"
        } else {
            address = "\(comuneLink) (\(l10n.tr("card.no_address")))"
        }
        let hours: HTML = location.openingHours.map { "<br>\(l10n.tr("card.hours")): \($0)" } ?? "<br>\(l10n.tr("card.hours")): \(l10n.tr("card.no_hours"))"
        let notes = location.notes.trimmingWhitespace()
        let extra: HTML = notes.isEmpty ? HTML() : "<br>\(notes)"
        return "<li>\(Icons.place) \(title)\(address)\(hours)\(extra)</li>"
    }

    func contacts() -> HTML {
        guard service.contacts.isReachable else {
            var out = nextStepContacts()
            let extra: [HTML] = contactItems(Contacts(referent: service.contacts.referent, hours: service.contacts.hours))
            if !extra.isEmpty { out.append("<ul class=\"contact-list\">\(extra)</ul>\n") }
            return out
        }
        return "<ul class=\"contact-list\">\(contactItems(service.contacts))</ul>\n"
    }

    func contactItems(_ contacts: Contacts) -> [HTML] {
        var items: [HTML] = []
        if let phone = contacts.phone, let url = SafeURL.telephone(phone) {
            items.append("<li>\(Icons.phone) \(layout.localizer.tr("card.phone")): <a href=\"\(url)\">\(phone)</a></li>")
        }
        if let email = contacts.email, let url = SafeURL.email(email) {
            items.append("<li>\(layout.localizer.tr("card.email")): <a href=\"\(url)\">\(email)</a></li>")
        }
        if let website = contacts.website, let url = SafeURL.website(website) {
            items.append("<li>\(layout.localizer.tr("card.website")): <a href=\"\(url)\">\(website)</a></li>")
        }
        if let referent = contacts.referent { items.append("<li>\(layout.localizer.tr("card.referent")): \(referent)</li>") }
        if let hours = contacts.hours { items.append("<li>\(layout.localizer.tr("card.contact_hours")): \(hours)</li>") }
        return items
    }

    func contactsPanel() -> HTML {
        let contacts = service.contacts
        guard service.status != .archived, let phone = contacts.phone, let url = SafeURL.telephone(phone) else { return HTML() }
        return """
        <div class="panel no-print">
        <h2>\(layout.localizer.tr("card.start"))</h2>
        <p><a class="button" href="\(url)">\(Icons.phone) \(l10n.tr("card.call")) \(phone)</a></p>
        <p><a href="#come-fare">\(layout.localizer.tr("card.read_how"))</a></p>
        </div>

        """
    }

    func organizationPanel() -> HTML {
        let org = card.organization
        let verified: HTML = org.verified ? "<p>\(BadgeView(layout.localizer.tr("badge.verified_org"), kind: .free).render())</p>\n" : HTML()
        return """
        <div class="panel">
        <h2>\(layout.localizer.tr("card.provider"))</h2>
        <p><a href="\(layout.localizer.path("/enti/\(org.slug)"))">\(org.name)</a></p>
        <p class="meta">\(layout.localizer.label("kind", code: org.kind.code, italian: org.kind.label))</p>
        \(verified)</div>

        """
    }
}
