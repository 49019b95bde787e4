import Catalog
import HTTPServer

extension AdminRoutes {
    static func registerPeople(on router: inout Router, _ env: AdminEnvironment, _ gate: AdminGate,
                               _ page: AdminPageView) throws {
        let users = AdminUsersHandler(environment: env, page: page)
        let audit = AdminAuditHandler(environment: env, page: page)
        let small = RouteOptions(maxBodySize: 64 * 1024)
        try router.get("/admin/utenti", handler: gate.page(.manageUsers) { try users.list($0, $1) })
        try router.get("/admin/utenti/nuovo", handler: gate.page(.manageUsers) { try users.newForm($0, $1) })
        try router.post("/admin/utenti/nuovo", options: small, handler: gate.action(.manageUsers) { try users.create($0, $1, $2) })
        try router.get("/admin/utenti/{id}", handler: gate.page(.manageUsers) { try users.editForm($0, $1) })
        try router.post("/admin/utenti/{id}", options: small, handler: gate.action(.manageUsers) { try users.update($0, $1, $2) })
        try router.get("/admin/registro", handler: gate.page(.viewAuditLog) { try audit.list($0, $1) })
        try registerDirectory(on: &router, env, gate, page)
    }
}
