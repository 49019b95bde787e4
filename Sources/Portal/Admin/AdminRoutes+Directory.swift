import Catalog
import HTTPServer

extension AdminRoutes {
    static func registerDirectory(on router: inout Router, _ env: AdminEnvironment, _ gate: AdminGate,
                                  _ page: AdminPageView) throws {
        let orgs = AdminOrganizationHandler(environment: env, gate: gate, page: page)
        let small = RouteOptions(maxBodySize: 128 * 1024)
        try router.get("/admin/enti", handler: gate.page(.viewCards) { try orgs.list($0, $1) })
        try router.get("/admin/enti/nuovo", handler: gate.page(.manageOrganizations) { try orgs.newForm($0, $1) })
        try router.post("/admin/enti/nuovo", options: small, handler: gate.action(.manageOrganizations) { try orgs.save($0, $1, $2) })
        try router.get("/admin/enti/{id}", handler: gate.page(.viewCards) { try orgs.editForm($0, $1) })
        try router.post("/admin/enti/{id}", options: small, handler: gate.action(.viewCards) { try orgs.save($0, $1, $2) })
        try router.post("/admin/enti/{id}/proposta/approva", options: small, handler: gate.action(.viewCards) { try orgs.approve($0, $1, $2) })
        try router.post("/admin/enti/{id}/proposta/rifiuta", options: small, handler: gate.action(.viewCards) { try orgs.reject($0, $1, $2) })
        let areas = AdminAreaHandler(environment: env, page: page)
        try router.get("/admin/aree", handler: gate.page(.manageAreas) { try areas.list($0, $1) })
        try router.get("/admin/aree/nuova", handler: gate.page(.manageAreas) { try areas.form($0, $1) })
        try router.post("/admin/aree/nuova", options: small, handler: gate.action(.manageAreas) { try areas.save($0, $1, $2) })
        try router.get("/admin/aree/{id}", handler: gate.page(.manageAreas) { try areas.form($0, $1) })
        try router.post("/admin/aree/{id}", options: small, handler: gate.action(.manageAreas) { try areas.save($0, $1, $2) })
    }
}
