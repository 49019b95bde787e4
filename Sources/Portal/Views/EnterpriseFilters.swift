/// What an enterprise chose in the welfare-plan search (`/imprese?categoria=…&bisogno=…&pagina=2`).
struct EnterpriseFilters: Sendable, Equatable {
    /// An art. 51 TUIR category code.
    var category: String?
    var need: String?
    var comune: String
    var organizationKind: String?
    /// 1-based page of the results.
    var page: Int

    init(category: String? = nil, need: String? = nil, comune: String = "", organizationKind: String? = nil,
                page: Int = 1) {
        self.category = category
        self.need = need
        self.comune = comune
        self.organizationKind = organizationKind
        self.page = page
    }

    /// Whether no filter was chosen (the page number does not count).
    var isEmpty: Bool { category == nil && need == nil && comune.isEmpty && organizationKind == nil }

    /// The query that reproduces these filters (page 1 left out).
    var query: URLQuery {
        var q = URLQuery()
        q.add("categoria", category ?? "")
        q.add("bisogno", need ?? "")
        q.add("comune", comune)
        q.add("tipo_ente", organizationKind ?? "")
        if page > 1 { q.add("pagina", String(page)) }
        return q
    }
}
