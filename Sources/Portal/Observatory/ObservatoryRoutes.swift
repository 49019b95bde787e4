import Catalog
import HTTPServer

/// Registers `/osservatorio` (public page and CSV) and, when the operators' area is on,
/// `/admin/osservatorio` (the same, plus the words that found nothing) and `/admin/da-verificare`
/// (overdue cards per organisation). One call from
/// `PortalApplication`.
enum ObservatoryRoutes {
    static func register(on router: inout Router, context: PageContext, environment: ObservatoryEnvironment,
                         admin: AdminEnvironment? = nil) throws {
        let handler = ObservatoryHandler(context: context, environment: environment)
        try router.get("/osservatorio") { try handler.page($0) }
        try router.get("/osservatorio/dati.csv") { try handler.csv($0) }
        if let admin {
            let gate = AdminGate(environment: admin)
            let page = AdminPageView(layout: admin.layout)
            try router.get("/admin/osservatorio", handler: gate.page { request, user in
                try handler.operatorsPage(request, user, page: page)
            })
            let overdue = OverdueCardsHandler(repository: FreshnessRepository(pool: admin.database, policy: environment.freshness))
            try router.get("/admin/da-verificare", handler: gate.page { request, user in try overdue.show(request, user, page: page) })
        }
    }
}
