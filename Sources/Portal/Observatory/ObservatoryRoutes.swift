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
        if let feedback = environment.feedback {
            let posts = FeedbackHandler(context: context, environment: feedback)
            let small = RouteOptions(maxBodySize: 16 * 1024)
            for prefix in [""] + context.languages.prefixedCodes.map({ "/\($0)" }) {
                try router.post("\(prefix)/servizi/{slug}/valutazione", options: small) { try posts.rate($0) }
                try router.post("\(prefix)/servizi/{slug}/segnalazione", options: small) { try posts.report($0) }
            }
        }
        if let admin {
            let gate = AdminGate(environment: admin)
            let page = AdminPageView(layout: admin.layout)
            try router.get("/admin/osservatorio", handler: gate.page { request, user in
                try handler.operatorsPage(request, user, page: page)
            })
            let overdue = OverdueCardsHandler(repository: FreshnessRepository(pool: admin.database, policy: environment.freshness))
            if let feedback = environment.feedback {
                let queue = FeedbackQueueHandler(repository: feedback.repository)
                try router.get("/admin/segnalazioni", handler: gate.page { request, user in try queue.show(request, user, page: page) })
                try router.post("/admin/segnalazioni/{id}/risolvi", options: RouteOptions(maxBodySize: 16 * 1024),
                                handler: gate.action { request, body, user in try queue.resolve(request, body, user, page: page) })
            }
            try router.get("/admin/da-verificare", handler: gate.page { request, user in try overdue.show(request, user, page: page) })
        }
    }
}
