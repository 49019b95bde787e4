import Storage

/// Reads taxonomy terms on a caller's connection.
struct TaxonomyReader {
    let db: Connection

    /// Every term of `taxonomy`, in display order.
    func all(_ taxonomy: Taxonomy) throws -> [TaxonomyTerm] {
        try db.query("SELECT code, label, description, sort_order FROM \(taxonomy.tableName) ORDER BY sort_order, code")
            .map(Self.term(from:))
    }

    /// The term with `code`; a placeholder labelled with the code if it vanished.
    func term(_ taxonomy: Taxonomy, code: String) throws -> TaxonomyTerm {
        try db.queryOne("SELECT code, label, description, sort_order FROM \(taxonomy.tableName) WHERE code = ?", code)
            .map(Self.term(from:)) ?? TaxonomyTerm(code: code, label: code, sortOrder: Int.max)
    }

    /// The terms with `codes`, in display order.
    func terms(_ taxonomy: Taxonomy, codes: [String]) throws -> [TaxonomyTerm] {
        try codes.map { try term(taxonomy, code: $0) }.sorted { ($0.sortOrder, $0.code) < ($1.sortOrder, $1.code) }
    }

    static func term(from row: Row) throws -> TaxonomyTerm {
        TaxonomyTerm(code: try row.get("code"), label: try row.get("label"),
                     description: try row.get("description"), sortOrder: try row.get("sort_order"))
    }
}
