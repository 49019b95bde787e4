import Catalog
import Foundation

/// The HSDS ids of records the catalog stores without a UUID of their own, derived with
/// `StableUUID` from stable keys (a card's UUID and position, a vocabulary and a code), so
/// they never change between exports and survive an export → import round trip.
enum HSDSIdentifiers {
    static func taxonomy(_ taxonomy: Taxonomy) -> String { StableUUID.make("taxonomy", taxonomy.rawValue).lowercasedString }

    static func term(_ taxonomy: Taxonomy, _ code: String) -> String {
        StableUUID.make("taxonomy_term", taxonomy.rawValue, code).lowercasedString
    }

    /// An id for the `kind` record number `index` of the service (phone, schedule, location…).
    static func part(_ service: UUID, _ kind: String, _ index: Int = 0) -> String {
        StableUUID.make("service", service.lowercasedString, kind, String(index)).lowercasedString
    }

    /// An id for the `kind` record of an organisation.
    static func organizationPart(_ organization: UUID, _ kind: String) -> String {
        StableUUID.make("organization", organization.lowercasedString, kind).lowercasedString
    }

    /// The taxonomy and code of the term with HSDS id `id`, among `terms`.
    static func term(id: String, in terms: [Taxonomy: [TaxonomyTerm]]) -> TermReference? {
        for (taxonomy, list) in terms {
            for term in list where Self.term(taxonomy, term.code) == id {
                return TermReference(taxonomy: taxonomy, code: term.code)
            }
        }
        return nil
    }
}
