import Foundation

/// The editable fields of an organisation (ente erogatore): what forms, imports and seeds
/// provide. Validation works on this type; storing it yields an `Organization`.
public struct OrganizationDraft: Sendable, Equatable, Hashable, Codable {
    /// Official name.
    public var name: String
    /// URL slug; when empty the repository derives it from the name.
    public var slug: String
    /// Code of an `organization_kind` term, e.g. `"cooperativa_sociale"`.
    public var kindCode: String
    /// What the organisation does, in Italian.
    public var description: String
    /// Codice fiscale (11 digits for entities, 16 characters for persons); `nil` when unknown.
    public var taxCode: String?
    /// Partita IVA (11 digits); `nil` when unknown or not applicable.
    public var vatNumber: String?
    /// Phone, e-mail and website (`referent` and `hours` are unused for organisations).
    public var contacts: Contacts
    /// Certified e-mail (PEC).
    public var pec: String?
    /// Street and number of the registered office.
    public var address: String?
    /// Postal code (CAP) of the address.
    public var postalCode: String?
    /// Comune of the address.
    public var comuneId: Int64?
    /// Whether an admin has verified the organisation's identity.
    public var verified: Bool
    /// Whether this is demonstration data (shown with a label).
    public var isDemo: Bool
    /// Where the data comes from, in Italian.
    public var source: String

    /// Memberwise initialiser.
    public init(
        name: String, slug: String = "", kindCode: String, description: String = "",
        taxCode: String? = nil, vatNumber: String? = nil, contacts: Contacts = Contacts(),
        pec: String? = nil, address: String? = nil, postalCode: String? = nil,
        comuneId: Int64? = nil, verified: Bool = false, isDemo: Bool = false, source: String = ""
    ) {
        self.name = name
        self.slug = slug
        self.kindCode = kindCode
        self.description = description
        self.taxCode = taxCode
        self.vatNumber = vatNumber
        self.contacts = contacts
        self.pec = pec
        self.address = address
        self.postalCode = postalCode
        self.comuneId = comuneId
        self.verified = verified
        self.isDemo = isDemo
        self.source = source
    }
}
