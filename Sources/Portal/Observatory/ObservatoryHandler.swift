import Catalog
import HTTPServer

/// `GET /osservatorio`, `GET /osservatorio/dati.csv?tabella=…` and the operators' page.
struct ObservatoryHandler: Sendable {
    let context: PageContext
    let environment: ObservatoryEnvironment

    func load(_ request: HTTPRequest, words: Int = 0) throws -> (ObservatoryParameters, ObservatoryReport) {
        let parameters = try ObservatoryParameters.parse(try context.query(request), catalog: context.catalog)
        let report = try environment.reports.report(parameters.filter(today: environment.today), wordLimit: words)
        return (parameters, report)
    }

    func page(_ request: HTTPRequest) throws -> HTTPResponse {
        let (parameters, report) = try load(request)
        let view = ObservatoryView(layout: try context.layout(), report: report, parameters: parameters,
                                   provinces: try environment.reports.provinces(), anonymity: environment.anonymity)
        return context.page(view.render())
    }

    func operatorsPage(_ request: HTTPRequest, _ user: AdminContext, page: AdminPageView) throws -> HTTPResponse {
        let (parameters, report) = try load(request, words: 30)
        let view = ObservatoryView(layout: page.layout, report: report, parameters: parameters,
                                   provinces: try environment.reports.provinces(), anonymity: environment.anonymity,
                                   forOperators: true)
        return HTMLResponse.page(page.render(title: "Osservatorio dei bisogni", user: user, content: view.content()), cache: .none)
    }

    func csv(_ request: HTTPRequest) throws -> HTTPResponse {
        let form = try context.query(request)
        let id = form["tabella"] ?? ""
        guard ObservatoryTables.ids.contains(id) else {
            throw PortalError.invalidParameters(["Indica quale tabella scaricare: «tabella» vale \(ObservatoryTables.ids.map { "«\($0)»" }.joined(separator: ", "))."])
        }
        let (parameters, report) = try load(request)
        let tables = ObservatoryTables(report: report, anonymity: environment.anonymity, suppressed: "<\(environment.anonymity.k)",
                                       unitHeader: parameters.province == nil ? "Provincia" : "Comune o area",
                                       listsSupplyWithoutSearches: parameters.province == nil)
        guard let table = tables.table(id) else { throw PortalError.notFound(what: nil) }
        var response = HTMLResponse.body(CSVWriter().document(header: table.headers, rows: table.rows),
                                         contentType: "text/csv; charset=utf-8",
                                         cache: .publicFor(seconds: context.configuration.pageMaxAge))
        response.headers.set("Content-Disposition", "attachment; filename=\"osservatorio-\(id).csv\"")
        return response
    }
}
