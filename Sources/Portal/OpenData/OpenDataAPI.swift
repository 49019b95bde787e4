import Catalog
import Foundation
import HTTPServer

/// What an API handler produced, before it becomes an HTTP response.
enum APIReply {
    /// One JSON document.
    case document(JSONValue, lastModified: Date?)
    /// JSON text already encoded (the OpenAPI document).
    case text(String)
    /// Every result, one JSON object per line (`format=ndjson`): `count` items, produced in
    /// batches by `batch(range)` so the whole list never has to sit in memory.
    case lines(count: Int, lastModified: Date?, batch: @Sendable (Range<Int>) throws -> [JSONValue])
    /// A whole-catalog export kept by `DownloadCache` under `name` until the catalog changes;
    /// `build` writes it into the URL given, reading the catalog itself (after the change marker).
    case export(name: String, contentType: String, build: @Sendable (URL) throws -> DownloadCache.Built)
}

/// The HSDS 3.0 API under `/api/v1` (see `OpenDataRoutes` for the table and `OpenAPIDocument`
/// for the published description). Lists use the HSDS `Page` envelope.
struct OpenDataAPI: Sendable {
    let context: PageContext
    let data: OpenDataCatalog
    /// The built whole-catalog downloads, owned by `PortalApplication`.
    let downloads: DownloadCache

    /// Batch size of ndjson output and of record loading.
    static let batchSize = 200

    func encoder() throws -> HSDSEncoder {
        HSDSEncoder(site: context.configuration.site,
                    provinceISTAT: Dictionary(try data.provinces().map { ($0.code, $0.istatCode) }, uniquingKeysWith: { a, _ in a }))
    }

    // MARK: /api/v1/

    func info(_ request: HTTPRequest) throws -> APIReply {
        _ = try APIQuery(request, allowed: [])
        return .document(.object([
            ("version", .string("3.0")),
            ("profile", .string("https://docs.openreferral.org/en/latest/hsds/")),
            ("openapi_url", .string(context.configuration.site.absoluteURL("/api/v1/openapi.json"))),
        ]), lastModified: nil)
    }

    // MARK: /services

    /// Parameters that leave an ndjson list unfiltered: such a list is the whole catalog, served
    /// from `DownloadCache` (with `page`/`per_page`, ignored by ndjson, it is built per request).
    static let exportParameters: Set<String> = ["format", "minimal", "full"]

    static func isWholeCatalog(_ query: APIQuery) -> Bool {
        query.form.names.allSatisfy(exportParameters.contains)
    }

    static let serviceParameters: Set<String> = ["search", "taxonomy_term_id", "organization_id", "modified_after",
                                                 "page", "per_page", "minimal", "full", "format", "postcode"]

    func services(_ request: HTTPRequest) throws -> APIReply {
        let query = try APIQuery(request, allowed: Self.serviceParameters)
        let minimal = try query.flag("minimal"), full = try query.flag("full")
        if minimal && full { throw APIError.badParameter("Parameters 'minimal' and 'full' cannot both be true.") }
        let ndjson = try query.wantsNDJSON
        let page = try query.page, perPage = try query.perPage
        let encoder = try encoder()
        let encode: @Sendable (OpenDataRecord) -> JSONValue =
            minimal ? encoder.minimalService : full ? encoder.service : encoder.serviceListItem
        let data = self.data
        if ndjson, Self.isWholeCatalog(query) {
            let variant = minimal ? "minimal" : full ? "full" : "list"
            return .export(name: "services-\(variant).ndjson", contentType: APIResponse.ndjsonType) { url in
                let lastModified = try data.latestChange()
                let ids = try data.serviceIDs(matching: OpenDataFilter())
                let length = try NDJSONBody.write(count: ids.count, to: url) { range in
                    try data.records(ids: Array(ids[range])).map(encode)
                }
                return DownloadCache.Built(length: length, lastModified: lastModified)
            }
        }
        let ids = try serviceIDs(query)
        if ndjson {
            return .lines(count: ids.count, lastModified: try data.latestChange()) { range in
                try data.records(ids: Array(ids[range])).map(encode)
            }
        }
        let records = try data.records(ids: Self.slice(ids, page: page, perPage: perPage))
        return .document(APIResponse.page(records.map(encode), total: ids.count, page: page, perPage: perPage),
                         lastModified: records.map(\.card.service.updatedAt).max())
    }

    func service(_ request: HTTPRequest) throws -> APIReply {
        _ = try APIQuery(request, allowed: [])
        guard let id = try publicServiceID(request) else { throw APIError.notFound("No published service has this id.") }
        guard let record = try data.records(ids: [id]).first else { throw APIError.notFound("No published service has this id.") }
        return .document(try encoder().service(record), lastModified: record.card.service.updatedAt)
    }

    private func publicServiceID(_ request: HTTPRequest) throws -> Int64? {
        guard let text = request.pathParameters["id"], let uuid = UUID(uuidString: text) else {
            throw APIError.badParameter("A service id must be a UUID.")
        }
        return try data.publicServiceID(uuid: uuid)
    }

    /// The cards a services (or service_at_locations) query selects; empty for an unknown
    /// organisation or term.
    func serviceIDs(_ query: APIQuery) throws -> [Int64] {
        var filter = OpenDataFilter(text: try query.search, modifiedAfter: try query.modifiedAfter)
        if let uuid = try query.uuid("organization_id") {
            guard let organization = try data.organization(uuid: uuid) else { return [] }
            filter.organizationId = organization.id
        }
        if let uuid = try query.uuid("taxonomy_term_id") {
            guard let term = HSDSIdentifiers.term(id: uuid.lowercasedString, in: try data.terms()) else { return [] }
            filter.term = term
        }
        if let postcode = query.string("postcode") {
            filter.territoryIds = try territories(postcode)
        }
        return try data.serviceIDs(matching: filter)
    }

    /// The comuni a `postcode` names: a CAP (all its comuni) or a comune's name.
    private func territories(_ postcode: String) throws -> [Int64] {
        let text = postcode.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.count <= 80 else { throw APIError.badParameter("Parameter 'postcode' must be a CAP or a comune name.") }
        switch try context.catalog.resolveComune(text) {
        case .found(let comune): return [comune.id]
        case .ambiguous(let comuni): return comuni.map(\.id)
        case .notFound:
            throw APIError.badParameter("Parameter 'postcode': '\(text)' is not a CAP or a comune of Piedmont.")
        }
    }

    static func slice<T>(_ items: [T], page: Int, perPage: Int) -> [T] {
        let start = min((page - 1) * perPage, items.count)
        return Array(items[start..<min(start + perPage, items.count)])
    }

    // MARK: /service_at_locations

    static let serviceAtLocationParameters: Set<String> = ["search", "taxonomy_term_id", "organization_id",
                                                           "modified_after", "page", "per_page", "full", "format", "postcode"]

    func serviceAtLocations(_ request: HTTPRequest) throws -> APIReply {
        let query = try APIQuery(request, allowed: Self.serviceAtLocationParameters)
        let full = try query.flag("full"), ndjson = try query.wantsNDJSON
        let page = try query.page, perPage = try query.perPage
        let encoder = try encoder(), data = self.data
        let encode: @Sendable ([(Int64, Int)]) throws -> [JSONValue] = { pairs in
            let records = Dictionary(try data.records(ids: pairs.map(\.0)).map { ($0.card.service.id, $0) },
                                     uniquingKeysWith: { a, _ in a })
            return pairs.compactMap { id, index in
                guard let record = records[id], index < record.card.locations.count else { return nil }
                return full ? encoder.serviceAtLocation(record, index: index, withService: true)
                    : encoder.serviceAtLocationListItem(record, index: index)
            }
        }
        if ndjson, Self.isWholeCatalog(query) {
            return .export(name: "service_at_locations-\(full ? "full" : "list").ndjson", contentType: APIResponse.ndjsonType) { url in
                let lastModified = try data.latestChange()
                let pairs = Self.pairs(try data.serviceIDs(matching: OpenDataFilter()), counts: try data.locationCounts())
                let length = try NDJSONBody.write(count: pairs.count, to: url) { range in try encode(Array(pairs[range])) }
                return DownloadCache.Built(length: length, lastModified: lastModified)
            }
        }
        let pairs = Self.pairs(try serviceIDs(query), counts: try data.locationCounts())
        if ndjson {
            return .lines(count: pairs.count, lastModified: try data.latestChange()) { range in try encode(Array(pairs[range])) }
        }
        let contents = try encode(Self.slice(pairs, page: page, perPage: perPage))
        return .document(APIResponse.page(contents, total: pairs.count, page: page, perPage: perPage), lastModified: nil)
    }

    /// One (card, place index) per place of each card, in card order.
    static func pairs(_ ids: [Int64], counts: [Int64: Int]) -> [(Int64, Int)] {
        ids.flatMap { id in (0..<(counts[id] ?? 0)).map { (id, $0) } }
    }

    func serviceAtLocation(_ request: HTTPRequest) throws -> APIReply {
        _ = try APIQuery(request, allowed: [])
        guard let text = request.pathParameters["id"], let uuid = UUID(uuidString: text) else {
            throw APIError.badParameter("A service_at_location id must be a UUID.")
        }
        let wanted = uuid.lowercasedString
        let counts = try data.locationCounts()
        let ids = try data.serviceIDs(matching: OpenDataFilter())
        for (id, serviceUUID) in try data.serviceUUIDs(ids: ids) {
            for index in 0..<(counts[id] ?? 0) where HSDSIdentifiers.part(serviceUUID, "service_at_location", index) == wanted {
                guard let record = try data.records(ids: [id]).first, index < record.card.locations.count else { break }
                return .document(try encoder().serviceAtLocation(record, index: index, withService: true),
                                 lastModified: record.card.service.updatedAt)
            }
        }
        throw APIError.notFound("No published service_at_location has this id.")
    }
}
