import HTTPServer
import Search

/// Every filter of `/cerca`, read from the query string so a search is a bookmarkable URL
/// (STYLE 12). Names are Italian and stable:
///
/// | name | meaning | values |
/// |---|---|---|
/// | `q` | free text | up to 200 characters |
/// | `bisogno` | needs (repeatable) | need codes |
/// | `destinatario` | targets (repeatable) | target codes |
/// | `comune` | where the visitor lives | a comune name or postal code, resolved by the server |
/// | `area` | a custom area | area slug |
/// | `provincia` | a province | sigla (`cn`) or slug (`cuneo`) |
/// | `modalita` | delivery modes (repeatable) | delivery-mode codes |
/// | `costo` | free or paid | `gratuito`, `pagamento` |
/// | `welfare` | usable with a corporate welfare plan | `1` |
/// | `tipo_ente` | organisation kinds (repeatable) | organisation-kind codes |
/// | `ordina` | order | `rilevanza`, `vicinanza`, `recenti` |
/// | `pagina` | page number | 1…500 |
///
/// Unknown parameter names are ignored (campaign tags and the like); a known name with an
/// unacceptable value is reported, in plain Italian, by `SearchParameters.Problem`.
struct SearchParameters: Sendable, Equatable {
    enum CostFilter: String, Sendable, CaseIterable {
        case free = "gratuito", paid = "pagamento"

        var label: String { self == .free ? "Gratuito" : "A pagamento o con contributo" }
    }

    static let maxTextLength = 200
    static let maxPage = 500

    var text = ""
    var needs: [String] = []
    var targets: [String] = []
    var comune = ""
    var area: String?
    var province: String?
    var deliveryModes: [String] = []
    var cost: CostFilter?
    var welfareOnly = false
    var organizationKinds: [String] = []
    /// The order the visitor chose; nil leaves it to `SearchSort.default`.
    var sort: SearchSort?
    var page = 1

    init() {}

    /// Whether nothing at all was asked (the bare `/cerca` page).
    var isEmpty: Bool {
        text.isEmpty && needs.isEmpty && targets.isEmpty && comune.isEmpty && area == nil && province == nil
            && deliveryModes.isEmpty && cost == nil && !welfareOnly && organizationKinds.isEmpty
    }

    /// The query that reproduces these parameters (page 1 and default sort left out).
    var query: URLQuery {
        var q = URLQuery()
        q.add("q", text)
        q.add("bisogno", needs)
        q.add("destinatario", targets)
        q.add("comune", comune)
        q.add("area", area ?? "")
        q.add("provincia", province ?? "")
        q.add("modalita", deliveryModes)
        q.add("costo", cost?.rawValue ?? "")
        q.add("welfare", welfareOnly ? "1" : "")
        q.add("tipo_ente", organizationKinds)
        q.add("ordina", sort?.parameterValue ?? "")
        if page > 1 { q.add("pagina", String(page)) }
        return q
    }
}

extension SearchSort {
    /// The value of `ordina` in a URL (also the key of its label in other languages).
    var parameterValue: String {
        switch self {
        case .relevance: "rilevanza"
        case .proximity: "vicinanza"
        case .freshness: "recenti"
        }
    }

    public var label: String {
        switch self {
        case .relevance: "Più pertinenti"
        case .proximity: "Più vicini"
        case .freshness: "Aggiornati di recente"
        }
    }
}
