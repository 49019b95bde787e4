import Storage

/// Writes and reads the n:m relations of a service (needs, targets, modes, payment methods,
/// languages, locations, served territories).
enum ServiceRelations {
    private static let codeTables: [(table: String, column: String, codes: @Sendable (ServiceDraft) -> [String])] = [
        ("service_need", "need_code", { $0.needCodes }),
        ("service_target", "target_code", { $0.targetCodes }),
        ("service_delivery_mode", "delivery_mode_code", { $0.deliveryModeCodes }),
        ("service_payment_method", "payment_method_code", { $0.cost.paymentMethodCodes }),
        ("service_language", "language_code", { $0.languageCodes }),
    ]

    /// Replaces every relation of `serviceId` with the draft's; returns the locations with ids.
    static func write(serviceId: Int64, draft: ServiceDraft, in db: Connection) throws -> [ServiceLocation] {
        for relation in codeTables {
            try db.run("DELETE FROM \(relation.table) WHERE service_id = ?", serviceId)
            for code in relation.codes(draft).uniqued() {
                try db.run("INSERT INTO \(relation.table) (service_id, \(relation.column)) VALUES (?, ?)", serviceId, code)
            }
        }
        try db.run("DELETE FROM service_territory WHERE service_id = ?", serviceId)
        for territoryId in draft.servedTerritoryIds.uniqued() {
            try db.run("INSERT INTO service_territory (service_id, territory_id) VALUES (?, ?)", serviceId, territoryId)
        }
        return try writeLocations(serviceId: serviceId, draft: draft, in: db)
    }

    private static func writeLocations(serviceId: Int64, draft: ServiceDraft, in db: Connection) throws -> [ServiceLocation] {
        let previous: [Int64] = try db.query("SELECT location_id FROM service_location WHERE service_id = ?", serviceId)
            .map { try $0.get(0) }
        try db.run("DELETE FROM service_location WHERE service_id = ?", serviceId)
        var stored: [ServiceLocation] = []
        for (index, var location) in draft.locations.enumerated() {
            if let id = location.id, previous.contains(id) {
                try db.run("""
                    UPDATE location SET name = ?, address = ?, postal_code = ?, comune_id = ?, opening_hours = ?,
                    notes = ?, is_confidential = ? WHERE id = ?
                    """, location.name, location.address, location.postalCode, location.comuneId,
                    location.openingHours, location.notes, location.isConfidential, id)
            } else {
                try db.run("""
                    INSERT INTO location (organization_id, name, address, postal_code, comune_id, opening_hours, notes, is_confidential)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, draft.organizationId, location.name, location.address, location.postalCode, location.comuneId,
                    location.openingHours, location.notes, location.isConfidential)
                location.id = db.lastInsertRowID
            }
            guard let id = location.id, !stored.contains(where: { $0.id == id }) else { continue }
            try db.run("INSERT INTO service_location (service_id, location_id, sort_order) VALUES (?, ?, ?)",
                       serviceId, id, index)
            stored.append(location)
        }
        for id in previous where !stored.contains(where: { $0.id == id }) {
            try db.run("DELETE FROM location WHERE id = ? AND NOT EXISTS (SELECT 1 FROM service_location WHERE location_id = ?)", id, id)
        }
        return stored
    }

    /// Loads the relations of `serviceId` into `draft`.
    static func read(serviceId: Int64, into draft: inout ServiceDraft, in db: Connection) throws {
        func codes(_ table: String, _ column: String) throws -> [String] {
            try db.query("SELECT \(column) FROM \(table) WHERE service_id = ? ORDER BY \(column)", serviceId)
                .map { try $0.get(0) }
        }
        draft.needCodes = try codes("service_need", "need_code")
        draft.targetCodes = try codes("service_target", "target_code")
        draft.deliveryModeCodes = try codes("service_delivery_mode", "delivery_mode_code")
        draft.cost.paymentMethodCodes = try codes("service_payment_method", "payment_method_code")
        draft.languageCodes = try codes("service_language", "language_code")
        draft.servedTerritoryIds = try db.query(
            "SELECT territory_id FROM service_territory WHERE service_id = ? ORDER BY territory_id", serviceId
        ).map { try $0.get(0) }
        draft.locations = try db.query("""
            SELECT l.id, l.name, l.address, l.postal_code, l.comune_id, l.opening_hours, l.notes, l.is_confidential
            FROM service_location sl JOIN location l ON l.id = sl.location_id
            WHERE sl.service_id = ? ORDER BY sl.sort_order, l.id
            """, serviceId).map { row in
            ServiceLocation(id: try row.get("id"), name: try row.get("name"), address: try row.get("address"),
                            postalCode: try row.get("postal_code"), comuneId: try row.get("comune_id"),
                            openingHours: try row.get("opening_hours"), notes: try row.get("notes"),
                            isConfidential: try row.get("is_confidential"))
        }
    }
}
