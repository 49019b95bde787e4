import Catalog
import HTTPServer

extension AdminRoutes {
    static func registerCards(on router: inout Router, _ env: AdminEnvironment, _ gate: AdminGate,
                              _ page: AdminPageView) throws {
        let dashboard = AdminDashboardHandler(environment: env, page: page)
        try router.get("/admin", handler: gate.page { try dashboard.show($0, $1) })
    }

    static func registerAdministration(on router: inout Router, _ env: AdminEnvironment, _ gate: AdminGate,
                                       _ page: AdminPageView) throws {
    }
}
