import Foundation
import Storage

/// Everything the card form, the import and the history need to name things: taxonomies,
/// organisations, and territories (comuni by name and ISTAT code, provinces, areas, region).
public struct AdminVocabulary: Sendable {
    public struct Term: Sendable, Equatable {
        public var code: String
        public var label: String
    }

    public struct Place: Sendable, Equatable {
        public var id: Int64
        public var kind: TerritoryKind
        public var code: String
        public var name: String
    }

    public var taxonomies: [Taxonomy: [Term]]
    public var organizations: [(id: Int64, slug: String, name: String)]
    public var territories: [Place] {
        didSet { comuni = Self.lookup(territories) }
    }
    /// The comuni of `territories`, by ISTAT code and by name, built once instead of on every lookup.
    private var comuni: ComuneLookup<Place>

    init(taxonomies: [Taxonomy: [Term]], organizations: [(id: Int64, slug: String, name: String)],
         territories: [Place]) {
        self.taxonomies = taxonomies
        self.organizations = organizations
        self.territories = territories
        self.comuni = Self.lookup(territories)
    }

    /// Loads it all in one read transaction.
    public static func load(from database: DatabasePool) throws -> AdminVocabulary {
        try database.read { db in
            var taxonomies: [Taxonomy: [Term]] = [:]
            for taxonomy in Taxonomy.allCases {
                taxonomies[taxonomy] = try db.query("SELECT code, label FROM \(taxonomy.tableName) ORDER BY sort_order, code")
                    .map { Term(code: try $0.get("code"), label: try $0.get("label")) }
            }
            let organizations = try db.query("SELECT id, slug, name FROM organization ORDER BY name COLLATE NOCASE")
                .map { (id: try $0.get("id", as: Int64.self), slug: try $0.get("slug", as: String.self), name: try $0.get("name", as: String.self)) }
            let territories = try db.query("SELECT id, kind, code, name FROM territory ORDER BY kind, name COLLATE NOCASE").map {
                Place(id: try $0.get("id"), kind: TerritoryKind(rawValue: try $0.get("kind")) ?? .comune,
                      code: try $0.get("code"), name: try $0.get("name"))
            }
            return AdminVocabulary(taxonomies: taxonomies, organizations: organizations, territories: territories)
        }
    }

    public func terms(_ taxonomy: Taxonomy) -> [Term] { taxonomies[taxonomy] ?? [] }

    public func places(_ kind: TerritoryKind) -> [Place] { territories.filter { $0.kind == kind } }

    /// A comune by ISTAT code or by name (accents, case, apostrophes and hyphens ignored): the
    /// first in `territories` order.
    public func comune(matching text: String) -> Place? { comuni.first(codeOrName: text) }

    private static func lookup(_ territories: [Place]) -> ComuneLookup<Place> {
        ComuneLookup(territories.filter { $0.kind == .comune }) { .init(name: $0.name, istatCode: $0.code) }
    }

    public func territoryName(_ id: Int64) -> String? { territories.first { $0.id == id }?.name }

    /// Names for diffs and history.
    public var snapshotNames: SnapshotNames {
        var codes: [String: String] = [:]
        for terms in taxonomies.values { for term in terms { codes[term.code] = term.label } }
        return SnapshotNames(organizations: Dictionary(organizations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
                             territories: Dictionary(territories.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
                             codes: codes)
    }

    /// What CSV rows may refer to.
    var importVocabulary: ImportVocabulary {
        var byCode: [String: Int64] = [:]
        for place in territories {
            switch place.kind {
            case .region: byCode["piemonte"] = place.id
            case .province, .comune, .area: byCode[place.code] = place.id
            }
        }
        func codes(_ t: Taxonomy) -> Set<String> { Set(terms(t).map(\.code)) }
        return ImportVocabulary(
            organizationsBySlug: Dictionary(organizations.map { ($0.slug, $0.id) }, uniquingKeysWith: { a, _ in a }),
            comuniByISTAT: Dictionary(places(.comune).map { ($0.code, $0.id) }, uniquingKeysWith: { a, _ in a }),
            territoriesByCode: byCode, serviceTypes: codes(.serviceType), needs: codes(.need), targets: codes(.target),
            deliveryModes: codes(.deliveryMode), paymentMethods: codes(.paymentMethod), tuirCategories: codes(.tuirCategory))
    }
}
