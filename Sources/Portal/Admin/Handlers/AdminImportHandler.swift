import Catalog
import Foundation
import HTTPServer
import Crypto

/// CSV import (template, upload, dry run, confirmation, commit) and CSV export.
struct AdminImportHandler: Sendable {
    let environment: AdminEnvironment
    let page: AdminPageView
    var importer: ServiceImporter { environment.importer }
    var view: AdminImportView { AdminImportView(page: page) }

    /// GET /admin/importa
    func form(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        HTMLResponse.page(view.form(context: context, errors: []), cache: .none)
    }

    /// GET /admin/importa/modello.csv
    func template(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        Self.csv(ServiceCSVColumn.template(), filename: "modello-schede.csv")
    }

    /// GET /admin/esporta.csv
    func export(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        Self.csv(try ServiceCSVExporter(database: environment.database).export(for: context.user), filename: "schede.csv")
    }

    /// POST /admin/importa (multipart): the dry run.
    func upload(_ request: HTTPRequest, _ form: MultipartFormData, _ context: AdminContext) throws -> HTTPResponse {
        guard let file = form["file"], file.isFile, !file.body.isEmpty else {
            let error = FieldError(fieldID: "file", message: "Scegli un file CSV da importare")
            return HTMLResponse.page(view.form(context: context, errors: [error]), status: .unprocessableContent, cache: .none)
        }
        let report = try importer.run(file.body, commit: false, by: context.user, maxBytes: environment.configuration.maxImportBytes)
        let payload = report.problems.isEmpty ? AuthEncoding.base64URL(file.body) : nil
        return HTMLResponse.page(view.report(report, payload: payload, filename: file.filename ?? "", context: context),
                                 status: report.problems.isEmpty ? .ok : .unprocessableContent, cache: .none)
    }

    /// POST /admin/importa/conferma: writes everything in one transaction, or nothing.
    func commit(_ request: HTTPRequest, _ form: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        guard let bytes = AuthEncoding.decodeBase64URL(form["csv"] ?? ""), !bytes.isEmpty else {
            throw PortalError.invalidParameters(["Il file da importare manca: ricaricalo."])
        }
        let report = try importer.run(bytes, commit: true, by: context.user, maxBytes: environment.configuration.maxImportBytes)
        return HTMLResponse.page(view.report(report, payload: nil, filename: "", context: context),
                                 status: report.committed ? .ok : .unprocessableContent, cache: .none)
    }

    static func csv(_ text: String, filename: String) -> HTTPResponse {
        var response = HTMLResponse.body(text, contentType: "text/csv; charset=utf-8", cache: .none)
        response.headers.set("Content-Disposition", "attachment; filename=\"\(filename)\"")
        return response
    }
}
