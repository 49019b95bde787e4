import Catalog
import HTTPServer

extension AdminRoutes {
    static func registerCards(on router: inout Router, _ env: AdminEnvironment, _ gate: AdminGate,
                              _ page: AdminPageView) throws {
        let dashboard = AdminDashboardHandler(environment: env, page: page)
        let list = AdminCardListHandler(environment: env, page: page)
        let cards = AdminCardHandler(environment: env, gate: gate, page: page)
        let workflow = AdminWorkflowHandler(cards: cards)
        let form = RouteOptions(maxBodySize: 512 * 1024)
        try router.get("/admin", handler: gate.page { try dashboard.show($0, $1) })
        try router.get("/admin/schede", handler: gate.page(.viewCards) { try list.list($0, $1) })
        try router.get("/admin/schede/nuova", handler: gate.page(.viewCards) { try cards.newForm($0, $1) })
        try router.post("/admin/schede/nuova", options: form, handler: gate.action(.viewCards) { try cards.create($0, $1, $2) })
        try router.get("/admin/schede/{id}", handler: gate.page(.viewCards) { try cards.editForm($0, $1) })
        try router.post("/admin/schede/{id}", options: form, handler: gate.action(.viewCards) { try cards.save($0, $1, $2) })
        try router.get("/admin/schede/{id}/anteprima", handler: gate.page(.viewCards) { try cards.preview($0, $1) })
        try router.post("/admin/schede/{id}/stato", options: form, handler: gate.action(.viewCards) { try workflow.transition($0, $1, $2) })
        try router.post("/admin/schede/{id}/verificata", options: form, handler: gate.action(.viewCards) { try workflow.markVerified($0, $1, $2) })
        try router.post("/admin/schede/{id}/duplica", options: form, handler: gate.action(.viewCards) { try workflow.duplicate($0, $1, $2) })
        let proposals = AdminProposalHandler(cards: cards)
        try router.post("/admin/schede/{id}/proposta/pubblica", options: form, handler: gate.action(.viewCards) { try proposals.publish($0, $1, $2) })
        try router.post("/admin/schede/{id}/proposta/rifiuta", options: form, handler: gate.action(.viewCards) { try proposals.reject($0, $1, $2) })
        try router.post("/admin/schede/{id}/proposta/ritira", options: form, handler: gate.action(.viewCards) { try proposals.withdraw($0, $1, $2) })
        let translations = AdminTranslationHandler(cards: cards, environment: env, languages: .bundled)
        try router.get("/admin/schede/{id}/traduzione/{language}", handler: gate.page(.viewCards) { try translations.form($0, $1) })
        try router.post("/admin/schede/{id}/traduzione/{language}", options: form,
                        handler: gate.action(.viewCards) { try translations.save($0, $1, $2) })
        try router.get("/admin/schede/{id}/storia", handler: gate.page(.viewCards) { try workflow.history($0, $1) })
        try router.get("/admin/schede/{id}/storia/{version}", handler: gate.page(.viewCards) { try workflow.revision($0, $1) })
        try router.post("/admin/schede/{id}/storia/{version}/ripristina", options: form,
                        handler: gate.action(.viewCards) { try workflow.restore($0, $1, $2) })
    }

    static func registerAdministration(on router: inout Router, _ env: AdminEnvironment, _ gate: AdminGate,
                                       _ page: AdminPageView) throws {
        let imports = AdminImportHandler(environment: env, page: page)
        let uploadLimit = env.configuration.maxImportBytes
        try router.get("/admin/importa", handler: gate.page(.importCSV) { try imports.form($0, $1) })
        try router.get("/admin/importa/modello.csv", handler: gate.page(.importCSV) { try imports.template($0, $1) })
        // The body may exceed the file limit (up to twice), so an oversized file reaches the
        // handler and gets the 413 page that states the limit instead of the engine's bare 413.
        try router.post("/admin/importa", options: RouteOptions(maxBodySize: uploadLimit * 2 + 64 * 1024),
                        handler: gate.upload(.importCSV, maxFileSize: uploadLimit) { try imports.upload($0, $1, $2) })
        try router.post("/admin/importa/conferma", options: RouteOptions(maxBodySize: uploadLimit * 2 + 64 * 1024),
                        handler: gate.action(.importCSV) { try imports.commit($0, $1, $2) })
        try router.get("/admin/esporta.csv", handler: gate.page(.exportCSV) { try imports.export($0, $1) })
        try registerPeople(on: &router, env, gate, page)
    }
}
