import HTTPServer

/// The employee needs questionnaire's routes (issue 10), registered by `EnterpriseRoutes`.
/// An unknown public or admin token is a 404 page; POSTs are checked by `NeedsSurveyHandler`.
enum NeedsSurveyRoutes {
    static func register(on router: inout Router, environment: EnterpriseEnvironment) throws {
        let survey = NeedsSurveyHandler(environment: environment)
        let small = RouteOptions(maxBodySize: 16 * 1024)
        try router.get("/imprese/questionario") { try survey.createForm($0) }
        try router.post("/imprese/questionario", options: small) { try survey.create($0) }
        try router.get("/imprese/questionario/gestione/{token}") { try survey.results($0) }
        try router.get("/imprese/questionario/gestione/{token}/risultati.csv") { try survey.csv($0) }
        try router.post("/imprese/questionario/gestione/{token}/chiudi", options: small) { try survey.close($0) }
        try router.get("/questionario/{token}") { try survey.answerForm($0) }
        try router.post("/questionario/{token}", options: small) { try survey.answer($0) }
        try router.get("/questionario/{token}/grazie") { try survey.thanks($0) }
    }
}
