import Catalog
import HTTPServer

extension AdminRoutes {
    static func registerPeople(on router: inout Router, _ env: AdminEnvironment, _ gate: AdminGate,
                               _ page: AdminPageView) throws {
    }
}
