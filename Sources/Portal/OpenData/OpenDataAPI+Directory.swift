import Catalog
import Foundation
import HTTPServer

/// `/organizations`, `/taxonomies` and `/taxonomy_terms`.
extension OpenDataAPI {
    static let organizationParameters: Set<String> = ["search", "full", "full_service", "page", "per_page", "format"]

    func organizations(_ request: HTTPRequest) throws -> APIReply {
        let query = try APIQuery(request, allowed: Self.organizationParameters)
        let full = try query.flag("full"), fullService = try query.flag("full_service"), ndjson = try query.wantsNDJSON
        let page = try query.page, perPage = try query.perPage
        let folded = TextNormalizer().fold(try query.search)
        let normalizer = TextNormalizer()
        let organizations = try data.organizations().filter { folded.isEmpty || normalizer.fold($0.name).contains(folded) }
        let encoder = try encoder(), api = self
        let encode: @Sendable ([Organization]) throws -> [JSONValue] = { list in
            try list.map { full || fullService ? try api.nested($0, encoder: encoder, fullService: fullService)
                : encoder.organizationListItem($0) }
        }
        if ndjson {
            return .lines(count: organizations.count, lastModified: nil) { range in try encode(Array(organizations[range])) }
        }
        let slice = Self.slice(organizations, page: page, perPage: perPage)
        return .document(APIResponse.page(try encode(slice), total: organizations.count, page: page, perPage: perPage),
                         lastModified: slice.map(\.updatedAt).max())
    }

    func organization(_ request: HTTPRequest) throws -> APIReply {
        let query = try APIQuery(request, allowed: ["full_service"])
        guard let text = request.pathParameters["id"], let uuid = UUID(uuidString: text) else {
            throw APIError.badParameter("An organization id must be a UUID.")
        }
        guard let organization = try data.organization(uuid: uuid) else {
            throw APIError.notFound("No organization with published services has this id.")
        }
        return .document(try nested(organization, encoder: try encoder(), fullService: try query.flag("full_service")),
                         lastModified: organization.updatedAt)
    }

    /// An organisation with its published services (list items, or fully nested).
    func nested(_ organization: Organization, encoder: HSDSEncoder, fullService: Bool) throws -> JSONValue {
        let records = try data.records(ids: try data.serviceIDs(matching: OpenDataFilter(organizationId: organization.id)))
        return encoder.organization(organization, services: records.map(fullService ? encoder.service : encoder.serviceListItem))
    }

    // MARK: Vocabularies

    func taxonomies(_ request: HTTPRequest) throws -> APIReply {
        let query = try APIQuery(request, allowed: ["search", "page", "per_page", "format"])
        let folded = TextNormalizer().fold(try query.search)
        let list = Taxonomy.allCases.filter {
            folded.isEmpty || TextNormalizer().fold($0.rawValue + " " + $0.label).contains(folded)
        }
        return try listReply(query, items: list.map(encoderlessTaxonomy))
    }

    func taxonomy(_ request: HTTPRequest) throws -> APIReply {
        _ = try APIQuery(request, allowed: [])
        let id = request.pathParameters["id"]?.lowercased() ?? ""
        guard let taxonomy = Taxonomy.allCases.first(where: { HSDSIdentifiers.taxonomy($0) == id }) else {
            throw APIError.notFound("No taxonomy has this id.")
        }
        return .document(encoderlessTaxonomy(taxonomy), lastModified: nil)
    }

    func taxonomyTerms(_ request: HTTPRequest) throws -> APIReply {
        let query = try APIQuery(request, allowed: ["search", "taxonomy_id", "page", "per_page", "format"])
        let folded = TextNormalizer().fold(try query.search)
        let taxonomyID = try query.uuid("taxonomy_id")?.lowercasedString
        let encoder = try encoder(), terms = try data.terms()
        var items: [JSONValue] = []
        for taxonomy in Taxonomy.allCases where taxonomyID == nil || HSDSIdentifiers.taxonomy(taxonomy) == taxonomyID {
            for term in terms[taxonomy] ?? []
            where folded.isEmpty || TextNormalizer().fold(term.code + " " + term.label + " " + term.description).contains(folded) {
                items.append(encoder.taxonomyTerm(taxonomy, term))
            }
        }
        return try listReply(query, items: items)
    }

    func taxonomyTerm(_ request: HTTPRequest) throws -> APIReply {
        _ = try APIQuery(request, allowed: [])
        let id = request.pathParameters["id"]?.lowercased() ?? ""
        let terms = try data.terms()
        guard let reference = HSDSIdentifiers.term(id: id, in: terms),
              let term = terms[reference.taxonomy]?.first(where: { $0.code == reference.code }) else {
            throw APIError.notFound("No taxonomy term has this id.")
        }
        return .document(try encoder().taxonomyTerm(reference.taxonomy, term), lastModified: nil)
    }

    private func encoderlessTaxonomy(_ taxonomy: Taxonomy) -> JSONValue {
        HSDSEncoder(site: context.configuration.site, provinceISTAT: [:]).taxonomy(taxonomy)
    }

    /// A small in-memory list as a page, or every item as ndjson.
    private func listReply(_ query: APIQuery, items: [JSONValue]) throws -> APIReply {
        if try query.wantsNDJSON {
            return .lines(count: items.count, lastModified: nil) { range in Array(items[range]) }
        }
        let page = try query.page, perPage = try query.perPage
        return .document(APIResponse.page(Self.slice(items, page: page, perPage: perPage), total: items.count,
                                          page: page, perPage: perPage), lastModified: nil)
    }
}
