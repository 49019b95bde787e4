import Catalog
import HTTPServer

/// Registers the routes of issue 10 (enterprises' plans and contact requests, welfare desks):
/// one call from `PortalApplication`. Public POSTs have no session: the shortlist buttons are
/// same-origin checked, the other forms carry a signed token bound to a cookie (`PublicFormGuard`).
enum EnterpriseRoutes {
    static func register(on router: inout Router, environment: EnterpriseEnvironment) throws {
        let shortlist = ShortlistHandler(environment: environment)
        let small = RouteOptions(maxBodySize: 16 * 1024)
        try router.get("/imprese/piano") { try shortlist.page($0) }
        try router.get("/imprese/piano.csv") { try shortlist.csv($0) }
        try router.get("/imprese/piano/condiviso") { try shortlist.shared($0) }
        try router.post("/imprese/piano/aggiungi", options: small) { try shortlist.add($0) }
        try router.post("/imprese/piano/togli", options: small) { try shortlist.remove($0) }
        try router.post("/imprese/piano/importa", options: small) { try shortlist.importShared($0) }
        try router.post("/imprese/piano/svuota", options: small) { try shortlist.clear($0) }
        let contact = ContactRequestHandler(environment: environment)
        try router.get("/imprese/piano/richiesta") { try contact.form($0) }
        try router.post("/imprese/piano/richiesta", options: RouteOptions(maxBodySize: 32 * 1024)) { try contact.submit($0) }
        try router.get("/imprese/piano/richiesta/inviata") { try contact.sent($0) }
        try AdminContactRequestRoutes.register(on: &router, environment: environment)
        try registerDesks(on: &router, environment: environment)
        try NeedsSurveyRoutes.register(on: &router, environment: environment)
        let context = environment.context
        try router.get("/imprese/welfare-aziendale") { _ in context.page(WelfareExplainerView(layout: try context.layout()).render()) }
    }

    /// Welfare desks: the workbench behind `AdminGate` (`buildDeskPlans`) and the public plan links.
    static func registerDesks(on router: inout Router, environment: EnterpriseEnvironment) throws {
        let gate = AdminGate(environment: environment.admin)
        let desk = DeskPlanHandler(environment: environment, page: AdminPageView(layout: environment.admin.layout))
        let form = RouteOptions(maxBodySize: 256 * 1024)
        try router.get("/admin/sportello", handler: gate.page(.buildDeskPlans) { try desk.workbench($0, $1) })
        try router.post("/admin/sportello/piano", options: form, handler: gate.action(.buildDeskPlans) { try desk.submit($0, $1, $2) })
        try router.post("/admin/sportello/piani/{id}/elimina", options: RouteOptions(maxBodySize: 16 * 1024),
                        handler: gate.action(.buildDeskPlans) { try desk.delete($0, $1, $2) })
        try router.get("/piani/{token}") { try desk.publicPlan($0) }
    }

    /// The slugs in the visitor's shortlist, for the buttons of `/imprese`.
    static func plannedSlugs(_ environment: EnterpriseEnvironment) -> PlannedSlugs {
        PlannedSlugs { request in
            let list = try ShortlistStore(environment: environment).read(request)
            return Set(try environment.plans.entries(ids: list.ids).map(\.slug))
        }
    }
}

/// Reads which services the visitor has in their shortlist (nil when the feature is off).
struct PlannedSlugs: Sendable {
    let read: @Sendable (HTTPRequest) throws -> Set<String>
}
