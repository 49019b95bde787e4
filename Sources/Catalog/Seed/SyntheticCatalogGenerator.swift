import Foundation
import Storage

/// Generates clearly synthetic cards for benchmarks: titles start with "[Sintetico]", every
/// card is `is_demo` with source "sintetico", and cards are spread over all provinces, needs,
/// delivery modes, cost kinds and territory levels. Card number `n` always gets the same content.
/// They are written like any system write, by "sistema: seed --synthetic": each card with its
/// revision and audit line, each organisation with its audit line.
struct SyntheticCatalogGenerator {
    static let source = "sintetico: dati generati per i benchmark, non reali"
    static let keyPrefix = "synthetic:"
    static let organizationsPerProvince = 25
    static let tool = "seed --synthetic"
    let now: Date
    let writer: SystemCatalogWriter

    init(now: Date) {
        self.now = now
        self.writer = SystemCatalogWriter(tool: Self.tool, clock: FixedAuthClock(date: now))
    }

    /// Adds cards `from`…`to` (1-based numbers) on `db`.
    func addCards(from: Int, to: Int, world: SyntheticWorld, organizations: [[Int64]], in db: Connection) throws {
        guard from <= to else { return }
        for number in from...to {
            let draft = makeDraft(number: number, world: world, organizations: organizations)
            _ = try writer.insertService(draft, changeSummary: "Scheda sintetica", now: now, in: db)
        }
    }

    /// The synthetic organisations of each province (creating missing ones), in province order.
    func organizations(world: SyntheticWorld, in db: Connection) throws -> [[Int64]] {
        let kinds = try TaxonomyReader(db: db).all(.organizationKind).map(\.code)
        return try world.comuniByProvince.enumerated().map { provinceIndex, entry in
            try (1...Self.organizationsPerProvince).map { index in
                let number = provinceIndex * Self.organizationsPerProvince + index
                let slug = "ente-sintetico-\(number)"
                if let id: Int64 = try db.scalar("SELECT id FROM organization WHERE slug = ?", slug) { return id }
                let comune = entry.comuni[(index * 7) % entry.comuni.count]
                let draft = OrganizationDraft(
                    name: "[Sintetico] Ente \(number) di \(comune.name)", slug: slug, kindCode: kinds[number % kinds.count],
                    description: "Ente sintetico generato per i benchmark.", comuneId: comune.id, isDemo: true,
                    source: Self.source)
                return try writer.insertOrganization(draft, now: now, in: db).id
            }
        }
    }

    func makeDraft(number: Int, world: SyntheticWorld, organizations: [[Int64]]) -> ServiceDraft {
        var random = SplitMix64(seed: UInt64(number))
        let provinceIndex = number % world.comuniByProvince.count
        let (provinceId, comuni) = world.comuniByProvince[provinceIndex]
        let comune = comuni[Int(random.next() % UInt64(comuni.count))]
        let type = world.types[Int(random.next() % UInt64(world.types.count))]
        let needs = random.pick(1 + Int(random.next() % 3), of: world.needs)
        let needWords = needs.map { $0.label.lowercased() }.joined(separator: ", ")
        var draft = ServiceDraft(
            organizationId: organizations[provinceIndex][number % organizations[provinceIndex].count],
            title: "[Sintetico] \(type.label) n. \(number) a \(comune.name)", slug: "sintetico-\(number)",
            summary: "Scheda sintetica di prova: \(type.label.lowercased()) per \(needWords) a \(comune.name).",
            description: "Contenuto generato automaticamente per i benchmark. \(needs.map(\.description).joined(separator: " "))",
            serviceTypeCode: type.code, needCodes: needs.map(\.code),
            targetCodes: random.pick(1 + Int(random.next() % 2), of: world.targets),
            deliveryModeCodes: random.pick(1 + Int(random.next() % 2), of: world.modes),
            audience: "Dati sintetici: nessun destinatario reale.", howToAccess: "Servizio inesistente: dati di prova.",
            source: Self.source, isDemo: true, externalId: "\(Self.keyPrefix)\(number)")
        draft.cost = cost(&random, payments: world.payments)
        draft.tuirCategoryCode = random.next() % 100 < 35 ? world.tuir[Int(random.next() % UInt64(world.tuir.count))] : nil
        if random.next() % 100 < 70 {
            draft.locations = [ServiceLocation(name: "Sede sintetica", address: "Via Sintetica \(number % 200 + 1)",
                                               comuneId: comune.id)]
        }
        draft.servedTerritoryIds = servedTerritory(&random, comune: comune.id, province: provinceId, world: world)
        let roll = random.next() % 100
        draft.status = roll < 90 ? .published : roll < 95 ? .draft : .archived
        if draft.status == .archived { draft.archiveReason = "Scheda sintetica archiviata per prova." }
        return draft
    }

    private func cost(_ random: inout SplitMix64, payments: [String]) -> CostModel {
        let roll = random.next() % 100
        switch roll {
        case ..<30: return CostModel(kind: .free)
        case ..<55:
            let min = 500 + Int(random.next() % 50) * 100
            return CostModel(kind: .paid, minCents: min, maxCents: min + Int(random.next() % 20) * 100, unit: "a prestazione",
                             paymentMethodCodes: random.pick(1 + Int(random.next() % 2), of: payments))
        case ..<70: return CostModel(kind: .contribution, notes: "Compartecipazione sintetica.")
        case ..<80: return CostModel(kind: .variable, notes: "Costo sintetico variabile.")
        default: return CostModel(kind: .unknown, notes: "Costo sintetico da verificare.")
        }
    }

    private func servedTerritory(_ random: inout SplitMix64, comune: Int64, province: Int64, world: SyntheticWorld) -> [Int64] {
        let roll = random.next() % 100
        if roll < 50 { return [comune] }
        if roll < 70, let areas = world.areasByProvince[province], !areas.isEmpty {
            return [areas[Int(random.next() % UInt64(areas.count))]]
        }
        return roll < 90 ? [province] : [world.regionId]
    }
}
