import Foundation
import Storage
import Accounts

/// Writes the cards an operator may see as CSV in the import template's columns, so an export
/// can be edited in a spreadsheet and imported back (matched by `id_esterno`; cards without one
/// get `vetrina-<uuid>`).
public struct ServiceCSVExporter: Sendable {
    let database: DatabasePool

    public init(database: DatabasePool) { self.database = database }

    /// The whole CSV document.
    public func export(for user: Operator) throws -> String {
        let vocabulary = try AdminVocabulary.load(from: database)
        let slugs = Dictionary(vocabulary.organizations.map { ($0.id, $0.slug) }, uniquingKeysWith: { a, _ in a })
        var codes: [Int64: String] = [:]
        for place in vocabulary.territories { codes[place.id] = place.kind == .region ? "piemonte" : place.code }
        let ids: [Int64] = try database.read { db in
            let (condition, arguments) = CardListQuery(database: database, clock: SystemAuthClock()).scope(user)
            return try db.query("SELECT s.id FROM service s WHERE \(condition) ORDER BY s.id", arguments: arguments)
                .map { try $0.get(0) }
        }
        let rows: [[String]] = try database.read { db in
            let reader = ServiceReader(db: db)
            return try ids.compactMap { id in try reader.service(id: id).map { row($0, slugs: slugs, codes: codes) } }
        }
        return CSVWriter().document(header: ServiceCSVColumn.all.map(\.name), rows: rows)
    }

    func row(_ service: Service, slugs: [Int64: String], codes: [Int64: String]) -> [String] {
        let d = service.fields
        let place = d.locations.first
        let values: [String: String] = [
            "id_esterno": d.externalId ?? "vetrina-\(service.uuid.uuidString.lowercased())", "titolo": d.title,
            "ente": slugs[d.organizationId] ?? "", "tipo_servizio": d.serviceTypeCode, "descrizione_breve": d.summary,
            "contenuti": d.description, "bisogni": d.needCodes.joined(separator: "|"), "destinatari": d.targetCodes.joined(separator: "|"),
            "modalita": d.deliveryModeCodes.joined(separator: "|"), "a_chi_si_rivolge": d.audience, "come_fare": d.howToAccess,
            "cosa_serve": d.requiredDocuments, "cosa_si_ottiene": d.outcome, "tempi_scadenze": d.timesAndDeadlines,
            "condizioni": d.conditions, "eta_min": d.ageMin.map(String.init) ?? "", "eta_max": d.ageMax.map(String.init) ?? "",
            "lingue": d.languageCodes.joined(separator: "|"), "accessibilita": d.accessibilityNotes, "costo_tipo": d.cost.kind.rawValue,
            "costo_min_euro": d.cost.minCents.map(Self.euro) ?? "", "costo_max_euro": d.cost.maxCents.map(Self.euro) ?? "",
            "costo_unita": d.cost.unit, "pagamenti": d.cost.paymentMethodCodes.joined(separator: "|"), "costo_note": d.cost.notes,
            "categoria_tuir": d.tuirCategoryCode ?? "", "note_welfare": d.welfareNotes,
            "welfare_pagamento": d.welfarePaymentMode?.rawValue ?? "", "welfare_impresa": d.welfareFirmSteps ?? "", "telefono": d.contacts.phone ?? "",
            "email": d.contacts.email ?? "", "sito": d.contacts.website ?? "", "referente": d.contacts.referent ?? "",
            "orari": d.contacts.hours ?? "", "sede_nome": place?.name ?? "", "sede_indirizzo": place?.address ?? "",
            "sede_cap": place?.postalCode ?? "", "sede_comune_istat": place.flatMap { codes[$0.comuneId] } ?? "",
            "sede_orari": place?.openingHours ?? "", "territorio": d.servedTerritoryIds.compactMap { codes[$0] }.joined(separator: "|"),
            "valido_dal": d.validFrom?.iso ?? "", "valido_al": d.validTo?.iso ?? "", "stato": d.status.rawValue,
            "motivo_archiviazione": d.archiveReason ?? "", "fonte": d.source,
        ]
        return ServiceCSVColumn.all.map { values[$0.name] ?? "" }
    }

    static func euro(_ cents: Int) -> String {
        let rest = cents % 100
        return "\(cents / 100),\(rest < 10 ? "0" : "")\(rest)"
    }
}
