/// Ways to reach an organisation or a service. `nil` means unknown, never "none".
public struct Contacts: Sendable, Equatable, Hashable, Codable {
    /// Telephone number as written, e.g. `"0121 795191"`.
    public var phone: String?
    /// E-mail address.
    public var email: String?
    /// Web address (`https://…`).
    public var website: String?
    /// Person to ask for (services only).
    public var referent: String?
    /// When to call or visit, as free Italian text (services only).
    public var hours: String?

    /// Memberwise initialiser.
    public init(phone: String? = nil, email: String? = nil, website: String? = nil,
                referent: String? = nil, hours: String? = nil) {
        self.phone = phone
        self.email = email
        self.website = website
        self.referent = referent
        self.hours = hours
    }

    /// Whether no contact is known at all.
    public var isEmpty: Bool {
        phone == nil && email == nil && website == nil && referent == nil && hours == nil
    }
}
