import Storage

extension TerritoryRepository {
    /// Creates a custom area or, when an area with the same `code` exists, replaces its name,
    /// kind, description and member comuni. Returns it as stored (member ids ascending).
    /// Internal (seeding and tests): the admin area saves areas through `AreaEditor`.
    /// - Throws: `CatalogError.invalid` (field ids `name`, `code`, `comuni`), `SQLiteError`.
    func saveArea(_ area: Area) throws -> Area {
        try pool.write { db in
            let errors = try AreaChecks(db: db).errors(in: area)
            if !errors.isEmpty { throw CatalogError.invalid(errors) }
            let id = try TerritorySeeder().upsertTerritory(.area, code: area.code, name: area.name, in: db)
            try db.run("""
                INSERT INTO area (id, area_kind, description) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET area_kind = excluded.area_kind, description = excluded.description
                """, id, area.kind.rawValue, area.description)
            try db.run("DELETE FROM area_comune WHERE area_id = ?", id)
            for comuneId in Set(area.comuneIds) {
                try db.run("INSERT INTO area_comune (area_id, comune_id) VALUES (?, ?)", id, comuneId)
            }
            guard let stored = try AreaReader(db: db).areas(where: "a.id = ?", [id]).first else { throw CatalogError.notFound }
            return stored
        }
    }
}

/// Checks an area before it is saved, with Italian messages.
struct AreaChecks {
    let db: Connection

    func errors(in area: Area) throws -> [FieldError] {
        var list = FieldErrorList()
        list.add(TextRules.required(area.name, field: "name", message: "Inserisci il nome dell'area"))
        list.add(TextRules.maxLength(area.name, max: 120, field: "name", label: "Il nome"))
        if area.code.isEmpty || Slug.make(area.code, fallback: "") != area.code {
            list.add(FieldError(field: "code", message:
                "Il codice può contenere solo lettere minuscole senza accenti, numeri e trattini, ad esempio val-pellice"))
        }
        if area.comuneIds.isEmpty {
            list.add(FieldError(field: "comuni", message: "Scegli almeno un comune dell'area"))
        }
        for id in area.comuneIds where try db.queryOne("SELECT 1 FROM comune WHERE id = ?", id) == nil {
            list.add(FieldError(field: "comuni", message: "Uno dei comuni scelti non esiste"))
        }
        return list.errors
    }
}
