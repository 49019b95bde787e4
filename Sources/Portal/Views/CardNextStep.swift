import Catalog

/// Who to contact about a card that has no phone, e-mail or website of its own: the providing
/// organisation if it has one, otherwise the nearest information desk (a published card of the
/// need «Informazione e orientamento» reaching the card's comune). Nil parts are unknown.
struct CardNextStep: Sendable, Equatable {
    /// The provider's contacts, when it has a reachable one.
    var providerContacts: Contacts?
    /// The nearest desk card and its contacts (possibly none), when one was found.
    var desk: Desk?

    struct Desk: Sendable, Equatable {
        var slug: String
        var title: String
        var contacts: Contacts
        /// "Via Roma 1, Pinerolo", or nil when the desk has no public address.
        var address: String?

        init(slug: String, title: String, contacts: Contacts, address: String?) {
            self.slug = slug
            self.title = title
            self.contacts = contacts
            self.address = address
        }
    }

    init(providerContacts: Contacts? = nil, desk: Desk? = nil) {
        self.providerContacts = providerContacts
        self.desk = desk
    }
}

extension Contacts {
    /// Whether a phone, an e-mail or a website is known (a referent or hours alone reach no one).
    var isReachable: Bool { phone != nil || email != nil || website != nil }
}

extension ServiceCardView {
    /// The "Contatti" section of a card without reachable contacts of its own: says plainly what
    /// is unknown and gives the next step (provider, then nearest desk, then the comune's desk).
    func nextStepContacts() -> HTML {
        let org = card.organization
        let providerLink: HTML = "<a href=\"\(l10n.path("/enti/\(org.slug)"))\">\(org.name)</a>"
        var out: HTML = "<p>\(l10n.tr("next.no_contacts"))</p>\n"
        if let contacts = nextStep?.providerContacts {
            out.append("<p>\(l10n.html("next.provider", ["provider": providerLink]))</p>\n")
            out.append("<ul class=\"contact-list\">\(contactItems(contacts))</ul>\n")
            return out
        }
        out.append("<p>\(l10n.html("next.provider_unknown", ["provider": providerLink]))</p>\n")
        if let desk = nextStep?.desk {
            let address: HTML = desk.address.map { " (\($0))" } ?? HTML()
            let deskLink: HTML = "<a href=\"\(l10n.path("/servizi/\(desk.slug)"))\">\(desk.title)</a>\(address)"
            out.append("<p>\(l10n.html("next.desk", ["desk": deskLink]))</p>\n")
            let items = contactItems(desk.contacts)
            out.append(items.isEmpty
                ? "<p class=\"meta\">\(l10n.tr("next.desk_no_contacts"))</p>\n"
                : "<ul class=\"contact-list\">\(items)</ul>\n")
        } else {
            out.append("<p>\(l10n.tr("next.comune_desk"))</p>\n")
        }
        return out
    }
}
