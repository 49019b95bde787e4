import Storage

/// Writes the Italian vocabularies of `TaxonomyCatalog`. Idempotent: existing terms are updated
/// only when their label, description or order differ; nothing is ever deleted (cards use them).
struct TaxonomySeeder {
    func seed(in db: Connection) throws -> Int {
        var added = 0
        for taxonomy in Taxonomy.allCases {
            for term in TaxonomyCatalog.terms(of: taxonomy) {
                let before = db.totalChanges
                let existed = try db.queryOne("SELECT 1 FROM \(taxonomy.tableName) WHERE code = ?", term.code) != nil
                try db.run("""
                    INSERT INTO \(taxonomy.tableName) (code, label, description, sort_order) VALUES (?, ?, ?, ?)
                    ON CONFLICT (code) DO UPDATE SET label = excluded.label, description = excluded.description,
                        sort_order = excluded.sort_order
                    WHERE label IS NOT excluded.label OR description IS NOT excluded.description
                        OR sort_order IS NOT excluded.sort_order
                    """, term.code, term.label, term.description, term.sortOrder)
                if !existed && db.totalChanges > before { added += 1 }
            }
        }
        return added
    }
}
