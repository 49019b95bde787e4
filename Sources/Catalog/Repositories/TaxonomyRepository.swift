import Storage

/// The controlled vocabularies with their Italian labels.
public struct TaxonomyRepository: Sendable {
    private let pool: DatabasePool

    /// A repository over `pool`.
    public init(pool: DatabasePool) {
        self.pool = pool
    }

    /// Every term of `taxonomy`, in display order.
    public func all(_ taxonomy: Taxonomy) throws -> [TaxonomyTerm] {
        try pool.read { try TaxonomyReader(db: $0).all(taxonomy) }
    }

    /// The term of `taxonomy` with `code`.
    /// - Throws: `CatalogError.notFound`, `SQLiteError`.
    func term(_ taxonomy: Taxonomy, code: String) throws -> TaxonomyTerm {
        let term = try pool.read { try TaxonomyReader(db: $0).term(taxonomy, code: code) }
        guard term.sortOrder != Int.max else { throw CatalogError.notFound }
        return term
    }

    /// Every vocabulary at once (for filter panels and forms).
    func everything() throws -> [Taxonomy: [TaxonomyTerm]] {
        try pool.read { db in
            let reader = TaxonomyReader(db: db)
            return try Dictionary(uniqueKeysWithValues: Taxonomy.allCases.map { ($0, try reader.all($0)) })
        }
    }
}
