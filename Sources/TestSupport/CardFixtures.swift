import Catalog
import Foundation
import Portal

/// Model values for view tests (no database).
public enum CardFixtures {
    public static let pinerolo = TerritoryRef(id: 10, kind: .comune, code: "001191", name: "Pinerolo", slug: "pinerolo")
    public static let torino = TerritoryRef(id: 2, kind: .province, code: "TO", name: "Torino", slug: "torino")

    public static func card(
        title: String = "Rimborso spese sanitarie", status: ServiceStatus = .published,
        confidential: Bool = false, cost: CostModel = CostModel(kind: .paid, minCents: 1500, maxCents: 1500, unit: "al mese"),
        phone: String? = "0121 795191", kindCode: String = "societa_mutuo_soccorso"
    ) -> ServiceCard {
        var draft = ServiceDraft(organizationId: 1, title: title, slug: "rimborso-spese", summary: "Rimborsi per visite e cure.",
                                 description: "Primo paragrafo.\n\nSecondo paragrafo.", serviceTypeCode: "prestazione_sanitaria")
        draft.howToAccess = "Telefona all'ufficio."
        draft.cost = cost
        draft.status = status
        draft.archiveReason = status == .archived ? "Progetto concluso nel 2021" : nil
        draft.contacts = Contacts(phone: phone, email: "ufficio@mutuapiemonte.it", website: "www.mutuapiemonte.it")
        draft.locations = [ServiceLocation(name: "Sede", address: "Via Cravero 44", postalCode: "10064", comuneId: 10,
                                           openingHours: "lun-ven 9-12", isConfidential: confidential)]
        draft.isDemo = true
        let service = Service(id: 1, uuid: UUID(), version: 1, createdAt: Date(timeIntervalSince1970: 1_700_000_000),
                              updatedAt: Date(timeIntervalSince1970: 1_741_780_800), fields: draft)
        let org = OrganizationSummary(id: 1, slug: "societa-mutua-piemonte", name: "Società Mutua Piemonte ETS",
                                      kind: TaxonomyTerm(code: kindCode, label: "Società di mutuo soccorso", sortOrder: 1),
                                      verified: true, isDemo: true)
        return ServiceCard(
            service: service, organization: org,
            serviceType: TaxonomyTerm(code: "prestazione_sanitaria", label: "Prestazione sanitaria", sortOrder: 1),
            needs: [TaxonomyTerm(code: "salute", label: "Salute e prevenzione", sortOrder: 3)],
            targets: [TaxonomyTerm(code: "adulti", label: "Adulti", sortOrder: 1)],
            deliveryModes: [TaxonomyTerm(code: "sportello", label: "Allo sportello", sortOrder: 1)],
            paymentMethods: [], tuirCategory: nil,
            locations: [CardLocation(location: draft.locations[0], comune: pinerolo)],
            servedTerritories: [torino])
    }
}
