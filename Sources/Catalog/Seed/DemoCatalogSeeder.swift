import Foundation
import Storage
import Accounts

/// Writes the demo catalog (areas, organisations, cards) inside one write transaction.
/// Idempotent: areas are matched by code, organisations by slug, cards by external id
/// (`demo:…`); what already exists is left untouched, so operators' edits survive a re-run.
/// Every write leaves an editor's trail, by the system author "sistema: seed --demo": cards a
/// revision and an audit line, organisations and areas an audit line.
struct DemoCatalogSeeder {
    static let tool = "seed --demo"
    let now: Date
    let writer: SystemCatalogWriter

    init(now: Date) {
        self.now = now
        self.writer = SystemCatalogWriter(tool: Self.tool, clock: FixedAuthClock(date: now))
    }

    func seed(in db: Connection) throws -> SeedReport {
        guard try db.scalar("SELECT count(*) FROM comune", as: Int.self) ?? 0 > 0 else { throw SeedError.baseDataMissing }
        let before = db.totalChanges
        let areas = try seedAreas(in: db)
        let organizations = try seedOrganizations(in: db)
        var services = 0
        for spec in DemoServices.all
        where try db.queryOne("SELECT 1 FROM service WHERE external_id = ?", spec.key) == nil {
            let card = try writer.insertService(try draft(for: spec, in: db), changeSummary: "Scheda dimostrativa dalla mappatura 2022",
                                                now: now, in: db)
            try db.run("UPDATE service SET facts_date = ? WHERE id = ?", DemoText.factsDate, card.id)
            services += 1
        }
        return SeedReport(changedRows: db.totalChanges - before,
                          added: [("aree", areas), ("enti", organizations), ("schede", services)])
    }

    private func seedAreas(in db: Connection) throws -> Int {
        var added = 0
        for area in DemoAreas.all {
            let existed = try db.queryOne("SELECT 1 FROM territory WHERE kind = 'area' AND code = ?", area.code) != nil
            let changesBefore = db.totalChanges
            let id = try TerritorySeeder().upsertTerritory(.area, code: area.code, name: area.name, in: db)
            try db.run("INSERT INTO area (id, area_kind, description) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                       id, area.kind.rawValue, area.description)
            for name in area.comuni {
                try db.run("INSERT OR IGNORE INTO area_comune (area_id, comune_id) VALUES (?, ?)", id, try comuneId(name, in: db))
            }
            if !existed {
                added += 1
                try writer.record("area.create", entityType: "area", entityID: String(id),
                                  summary: "Area «\(area.name)»: \(Set(area.comuni).count) comuni (catalogo dimostrativo)", in: db)
            } else if db.totalChanges > changesBefore {
                try writer.record("area.update", entityType: "area", entityID: String(id),
                                  summary: "Area «\(area.name)» completata dal catalogo dimostrativo", in: db)
            }
        }
        return added
    }

    private func seedOrganizations(in db: Connection) throws -> Int {
        var added = 0
        for spec in DemoOrganizations.all where try db.queryOne("SELECT 1 FROM organization WHERE slug = ?", spec.slug) == nil {
            let draft = OrganizationDraft(
                name: spec.name, slug: spec.slug, kindCode: spec.kind, description: spec.description,
                contacts: Contacts(phone: spec.phone, email: spec.email, website: spec.website),
                address: spec.address, postalCode: spec.postalCode,
                comuneId: try spec.comune.map { try comuneId($0, in: db) }, verified: false, isDemo: true,
                source: DemoText.source)
            _ = try writer.insertOrganization(draft, now: now, in: db)
            added += 1
        }
        return added
    }

    private func draft(for spec: DemoService, in db: Connection) throws -> ServiceDraft {
        guard let organizationId: Int64 = try db.scalar("SELECT id FROM organization WHERE slug = ?", spec.organization) else {
            throw SeedError.unknownReference("l'ente \(spec.organization)")
        }
        let locations = try spec.places.map { place in
            ServiceLocation(name: place.name, address: place.address, postalCode: place.postalCode,
                            comuneId: try comuneId(place.comune, in: db))
        }
        var draft = ServiceDraft(
            organizationId: organizationId, title: spec.title, summary: spec.summary, description: spec.description,
            serviceTypeCode: spec.type, needCodes: spec.needs, targetCodes: spec.targets, deliveryModeCodes: spec.modes,
            audience: spec.audience, howToAccess: spec.howToAccess, requiredDocuments: spec.requiredDocuments,
            outcome: spec.outcome, timesAndDeadlines: spec.times, conditions: spec.conditions, cost: spec.cost,
            tuirCategoryCode: spec.tuir, welfareNotes: spec.welfareNotes, contacts: spec.contacts, locations: locations,
            servedTerritoryIds: try spec.served.map { try territoryId($0, in: db) },
            validFrom: spec.validFrom.flatMap(CalendarDay.init(iso:)), validTo: spec.validTo.flatMap(CalendarDay.init(iso:)),
            status: spec.archiveReason == nil ? .published : .archived, archiveReason: spec.archiveReason,
            source: DemoText.source, isDemo: true, externalId: spec.key)
        draft.welfarePaymentMode = spec.tuir.flatMap(DemoWelfarePayment.mode(forCategory:))
        return draft
    }

    private func comuneId(_ name: String, in db: Connection) throws -> Int64 {
        guard let id: Int64 = try db.scalar("SELECT id FROM territory WHERE kind = 'comune' AND name = ?", name) else {
            throw SeedError.unknownReference("il comune \(name)")
        }
        return id
    }

    private func territoryId(_ territory: DemoTerritory, in db: Connection) throws -> Int64 {
        let (kind, code): (TerritoryKind, String)
        switch territory {
        case .comune(let name): return try comuneId(name, in: db)
        case .area(let areaCode): (kind, code) = (.area, areaCode)
        case .province(let sigla): (kind, code) = (.province, sigla)
        case .region: (kind, code) = (.region, TerritorySeeder.regionCode)
        }
        guard let id: Int64 = try db.scalar("SELECT id FROM territory WHERE kind = ? AND code = ?", kind.rawValue, code) else {
            throw SeedError.unknownReference("il territorio \(kind.rawValue) \(code)")
        }
        return id
    }
}
