import Catalog
import Foundation
import Storage
import Accounts

/// What an HSDS import did.
public struct HSDSImportSummary: Sendable, Equatable {
    public var servicesCreated = 0
    public var servicesUpdated = 0
    public var servicesUnchanged = 0
    public var organizationsCreated = 0
    public var organizationsUpdated = 0
    public var organizationsUnchanged = 0

    init() {}
}

/// Imports the HSDS services this portal exports (`HSDSRecordReader` formats) in one write
/// transaction: any bad record aborts the whole import and nothing is written. Services and
/// organisations are matched by their HSDS UUID, so importing the same file twice changes
/// nothing; a service whose `last_modified` differs is updated through `SystemCatalogWriter`
/// (new version, revision and audit line), keeping its slug. Imported cards are published, and carry the
/// export's `last_modified` as their update time so the API output round-trips.
public struct HSDSImporter: Sendable {
    let database: DatabasePool
    /// Who HSDS imports are recorded as, in revisions and the audit log ("sistema: import-hsds").
    static let author = SystemCatalogWriter.author(tool: "import-hsds")
    let writer = SystemCatalogWriter(author: HSDSImporter.author)

    public init(database: DatabasePool) { self.database = database }

    /// - Throws: `HSDSImportError` for a bad file or record (nothing written); `SQLiteError`.
    public func run(_ data: Data, now: Date = Date()) throws -> HSDSImportSummary {
        let records = try HSDSRecordReader.records(data)
        return try database.write { db in
            var summary = HSDSImportSummary()
            var seen = Set<UUID>()
            var organizationIds: [UUID: Int64] = [:]   // each organisation is saved once, from its first record
            for record in records {
                let mapper = HSDSServiceMapper(db: db, position: record.position)
                guard let organizationObject = record.object["organization"] as? [String: Any] else {
                    throw mapper.fail("organization", "manca l'ente erogatore.")
                }
                let organization = try mapper.organization(organizationObject)
                let organizationId = try organizationIds[organization.uuid]
                    ?? save(organization, now: now, summary: &summary, mapper: mapper, in: db)
                organizationIds[organization.uuid] = organizationId
                let service = try mapper.service(record.object, organizationId: organizationId)
                guard seen.insert(service.uuid).inserted else { throw mapper.fail("id", "servizio ripetuto nel file.") }
                try save(service, summary: &summary, mapper: mapper, in: db)
            }
            return summary
        }
    }

    private func save(_ record: HSDSServiceMapper.ServiceRecord, summary: inout HSDSImportSummary,
                      mapper: HSDSServiceMapper, in db: Connection) throws {
        do {
            if let existing = try db.queryOne("SELECT id, version, slug, updated_at, external_id FROM service WHERE uuid = ?", record.uuid) {
                let updatedAt: Date = try existing.get("updated_at")
                guard updatedAt.timeIntervalSince1970.rounded(.down) != record.lastModified.timeIntervalSince1970.rounded(.down) else {
                    summary.servicesUnchanged += 1
                    return
                }
                var draft = record.draft
                draft.slug = try existing.get("slug")
                draft.externalId = try existing.get("external_id")
                _ = try writer.updateService(id: try existing.get("id"), expectedVersion: try existing.get("version"),
                                             with: draft, changeSummary: "Importazione HSDS (\(mapper.position))",
                                             now: record.lastModified, in: db)
                summary.servicesUpdated += 1
            } else {
                _ = try writer.insertService(record.draft, changeSummary: "Importazione HSDS (\(mapper.position))",
                                             now: record.lastModified, uuid: record.uuid, in: db)
                summary.servicesCreated += 1
            }
        } catch CatalogError.invalid(let errors) {
            throw mapper.fail(Self.serviceField(errors.first?.field ?? "-"), (errors.first?.message ?? "dato non valido") + ".")
        }
    }

    private func save(_ record: HSDSServiceMapper.OrganizationRecord, now: Date, summary: inout HSDSImportSummary,
                      mapper: HSDSServiceMapper, in db: Connection) throws -> Int64 {
        do {
            guard let existing = try db.queryOne("""
                SELECT id, slug, name, kind_code, description, tax_code, vat_number, phone, email, pec, website,
                       address, postal_code, comune_id, verified, is_demo, source
                FROM organization WHERE uuid = ?
                """, record.uuid) else {
                var draft = OrganizationDraft(name: record.name, slug: record.slug, kindCode: record.kindCode)
                apply(record, to: &draft)
                draft.source = "Importazione HSDS"
                let organization = try writer.insertOrganization(draft, now: now, uuid: record.uuid, in: db)
                summary.organizationsCreated += 1
                return organization.id
            }
            let id: Int64 = try existing.get("id")
            let current = OrganizationDraft(
                name: try existing.get("name"), slug: try existing.get("slug"), kindCode: try existing.get("kind_code"),
                description: try existing.get("description"), taxCode: try existing.get("tax_code"),
                vatNumber: try existing.get("vat_number"),
                contacts: Contacts(phone: try existing.get("phone"), email: try existing.get("email"), website: try existing.get("website")),
                pec: try existing.get("pec"), address: try existing.get("address"), postalCode: try existing.get("postal_code"),
                comuneId: try existing.get("comune_id"), verified: try existing.get("verified", as: Int.self) == 1,
                isDemo: try existing.get("is_demo", as: Int.self) == 1, source: try existing.get("source"))
            var draft = current
            apply(record, to: &draft)
            if draft == current {
                summary.organizationsUnchanged += 1
            } else {
                _ = try writer.updateOrganization(id: id, with: draft, now: now, in: db)
                summary.organizationsUpdated += 1
            }
            return id
        } catch CatalogError.invalid(let errors) {
            throw mapper.fail("organization." + Self.organizationField(errors.first?.field ?? "-"),
                              (errors.first?.message ?? "dato non valido") + ".")
        }
    }

    private func apply(_ record: HSDSServiceMapper.OrganizationRecord, to draft: inout OrganizationDraft) {
        draft.name = record.name
        if !record.slug.isEmpty { draft.slug = record.slug }
        draft.kindCode = record.kindCode
        draft.description = record.description
        draft.taxCode = record.taxCode
        draft.vatNumber = record.vatNumber
        draft.contacts.phone = record.contacts.phone
        draft.contacts.email = record.contacts.email
        draft.contacts.website = record.contacts.website
    }

    /// The HSDS field a validation error of the draft field `field` comes from.
    static func serviceField(_ field: String) -> String {
        let attribute = ["needs": "need", "targets": "target", "delivery_modes": "delivery_mode",
                         "payment_methods": "payment_method", "service_type": "service_type", "tuir_category": "tuir_category"]
        if let type = attribute[field] { return "attributes (\(type))" }
        let names = ["title": "name", "summary": "description", "contact_email": "email", "contact_phone": "phones[0].number",
                     "contact_website": "url", "cost_notes": "fees_description", "cost_unit": "fees_description",
                     "territories": "service_areas", "organization_id": "organization.id"]
        return names[field] ?? field
    }

    static func organizationField(_ field: String) -> String {
        ["kind": "legal_status", "phone": "phones[0].number", "comune": "id"][field] ?? field
    }
}
