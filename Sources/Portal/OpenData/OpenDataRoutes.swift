import Catalog
import Foundation
import HTTPServer

/// Registers the open data API (`/api/v1/…`). Every answer is JSON: handler refusals
/// (`APIError`) keep their status, an unknown `/api/v1/` path is a JSON 404 and any other
/// failure a logged JSON 500, so API clients never receive an HTML page.
enum OpenDataRoutes {
    static func register(on router: inout Router, api: OpenDataAPI, log: @escaping @Sendable (String) -> Void) throws {
        let table: [(String, @Sendable (OpenDataAPI, HTTPRequest) throws -> APIReply)] = [
            ("/api/v1", { try $0.info($1) }), ("/api/v1/", { try $0.info($1) }),
            ("/api/v1/services", { try $0.services($1) }), ("/api/v1/services/{id}", { try $0.service($1) }),
            ("/api/v1/service_at_locations", { try $0.serviceAtLocations($1) }),
            ("/api/v1/service_at_locations/{id}", { try $0.serviceAtLocation($1) }),
            ("/api/v1/organizations", { try $0.organizations($1) }), ("/api/v1/organizations/{id}", { try $0.organization($1) }),
            ("/api/v1/taxonomies", { try $0.taxonomies($1) }), ("/api/v1/taxonomies/{id}", { try $0.taxonomy($1) }),
            ("/api/v1/taxonomy_terms", { try $0.taxonomyTerms($1) }), ("/api/v1/taxonomy_terms/{id}", { try $0.taxonomyTerm($1) }),
        ]
        for (path, handler) in table {
            try router.get(path) { request in respond(request, api: api, log: log) { try handler(api, request) } }
        }
        let openAPI = OpenAPIDocument.json(baseURL: api.context.configuration.site.baseURL)
        try router.get("/api/v1/openapi.json") { request in
            respond(request, api: api, log: log) { .text(openAPI) }
        }
        let downloads = OpenDataDownloads(context: api.context, data: api.data, territories: TerritoryRepository(pool: api.data.pool))
        try router.get("/dati") { try downloads.page($0) }
        try router.get("/dati/schede.csv") { try downloads.cardsCSV($0) }
        try router.get("/dati/territori.csv") { try downloads.territoriesCSV($0) }
        try router.get("/dati/catalogo-hsds.zip") { request in
            let file = try api.downloads.file(named: HSDSTabularPackage.filename, marker: api.data.changeMarker) { url in
                try HSDSTabularPackage(encoder: api.encoder(), data: api.data).write(to: url)
            }
            var response = APIResponse.download(file, name: HSDSTabularPackage.filename, contentType: "application/zip", request: request)
            response.headers.set("Content-Disposition", "attachment; filename=\"\(HSDSTabularPackage.filename)\"")
            return response
        }
        try router.get("/api/v1/{rest...}") { _ in
            APIResponse.error(.notFound, "No such API endpoint. The API is described at /api/v1/openapi.json.")
        }
    }

    static func respond(_ request: HTTPRequest, api: OpenDataAPI, log: @Sendable (String) -> Void,
                        _ body: () throws -> APIReply) -> HTTPResponse {
        do {
            switch try body() {
            case .document(let value, let lastModified):
                return APIResponse.json(value, request: request, lastModified: lastModified)
            case .text(let text):
                return APIResponse.json(text: text, request: request, lastModified: nil)
            case .lines(let count, let lastModified, let batch):
                return try NDJSONBody.response(count: count, lastModified: lastModified, batch: batch)
            case .export(let name, let contentType, let build):
                let file = try api.downloads.file(named: name, marker: api.data.changeMarker, build: build)
                return APIResponse.download(file, name: name, contentType: contentType, request: request)
            }
        } catch let error as APIError {
            return APIResponse.error(error.status, error.message)
        } catch {
            log("open data API \(request.path): \(error)")
            return APIResponse.error(.internalServerError, "The catalog could not be read. Please try again later.")
        }
    }
}
