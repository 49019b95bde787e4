import Catalog
import HTTPServer

/// Registers every `/admin` route on the portal's router: one call from `PortalApplication`.
///
/// Every route except sign-in and the one-time setup passes through `AdminGate` (session, then
/// CSRF for POST, then the permission), so a forbidden request is refused before it touches data.
enum AdminRoutes {
    /// Adds the admin routes to `router`.
    /// - Throws: `RouterError` if a template clashes with an existing route.
    static func register(on router: inout Router, environment: AdminEnvironment) throws {
        let gate = AdminGate(environment: environment)
        let page = AdminPageView(layout: environment.layout)
        try registerSession(on: &router, environment, gate, page)
        try registerCards(on: &router, environment, gate, page)
        try registerAdministration(on: &router, environment, gate, page)
    }

    private static func registerSession(on router: inout Router, _ env: AdminEnvironment, _ gate: AdminGate,
                                        _ page: AdminPageView) throws {
        let session = AdminSessionHandler(environment: env, gate: gate, views: AdminSignInView(page: page))
        let passwords = AdminPasswordHandler(environment: env, views: AdminSignInView(page: page))
        let small = RouteOptions(maxBodySize: 16 * 1024)
        try router.get("/admin/accedi") { try session.signInForm($0) }
        try router.post("/admin/accedi", options: small) { try session.signIn($0) }
        try router.post("/admin/esci", options: small, handler: gate.action { try session.signOut($0, $1, $2) })
        try router.post("/admin/sessioni/esci-altre", options: small, handler: gate.action { try session.signOutOthers($0, $1, $2) })
        try router.get("/admin/configurazione") { try passwords.setupForm($0) }
        try router.post("/admin/configurazione", options: small) { try passwords.setup($0) }
        try router.get("/admin/password", handler: gate.page { try passwords.passwordForm($0, $1) })
        try router.post("/admin/password", options: small, handler: gate.action { try passwords.changePassword($0, $1, $2) })
    }
}
