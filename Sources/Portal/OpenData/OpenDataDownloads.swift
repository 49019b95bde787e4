import Catalog
import Foundation
import HTTPServer

/// `/dati`, `/dati/schede.csv` (one row per public card) and `/dati/territori.csv` (comuni
/// and areas), generated from the live catalog. Confidential addresses are never written.
struct OpenDataDownloads: Sendable {
    let context: PageContext
    let data: OpenDataCatalog
    let territories: TerritoryRepository

    func page(_ request: HTTPRequest) throws -> HTTPResponse {
        let count = try data.serviceIDs(matching: OpenDataFilter()).count
        return context.page(OpenDataPageView(layout: try context.layout(), serviceCount: count).render())
    }

    static let cardColumns = ["id", "titolo", "ente", "tipo", "bisogni", "destinatari", "modalita", "costo",
                              "comuni_sedi", "indirizzi_sedi", "territori_serviti", "telefono", "email", "sito",
                              "welfare_aziendale", "ultimo_aggiornamento", "url"]

    func cardsCSV(_ request: HTTPRequest) throws -> HTTPResponse {
        let writer = CSVWriter()
        let site = context.configuration.site
        var out = "\u{FEFF}" + writer.line(Self.cardColumns)
        let ids = try data.serviceIDs(matching: OpenDataFilter())
        var start = 0
        while start < ids.count {
            let end = min(start + OpenDataAPI.batchSize, ids.count)
            for record in try data.records(ids: Array(ids[start..<end])) {
                let card = record.card, d = card.service.fields
                let addresses = card.locations.map { place in
                    place.location.isConfidential ? "riservato" : [place.location.address, place.location.postalCode]
                        .compactMap { $0 }.joined(separator: " ")
                }
                out += writer.line([
                    card.service.uuid.lowercasedString, d.title, card.organization.name, card.serviceType.label,
                    card.needs.map(\.label).joined(separator: " | "), card.targets.map(\.label).joined(separator: " | "),
                    card.deliveryModes.map(\.label).joined(separator: " | "), d.cost.kind.label,
                    card.locations.map(\.comune.name).joined(separator: " | "), addresses.joined(separator: " | "),
                    card.servedTerritories.map(\.name).joined(separator: " | "), d.contacts.phone ?? "",
                    d.contacts.email ?? "", d.contacts.website ?? "", card.tuirCategory?.label ?? "",
                    OpenDataTime.rfc3339(card.service.updatedAt), site.absoluteURL("/servizi/\(d.slug)"),
                ])
            }
            start = end
        }
        return csv(out, filename: "vetrina-schede.csv")
    }

    func territoriesCSV(_ request: HTTPRequest) throws -> HTTPResponse {
        let writer = CSVWriter()
        var out = "\u{FEFF}" + writer.line(["tipo", "codice", "nome", "provincia", "cap", "comuni_istat"])
        let areas = try territories.areas()
        for province in try territories.provinces() {
            for comune in try territories.comuni(inProvince: province.id) {
                out += writer.line(["comune", comune.istatCode, comune.name, comune.provinceCode,
                                    comune.postalCodes.joined(separator: " "), ""])
            }
        }
        var istat: [Int64: String] = [:]
        for area in areas {
            for comune in try territories.comuni(inArea: area.id) { istat[comune.id] = comune.istatCode }
            out += writer.line(["area", area.code, area.name, "", "",
                                area.comuneIds.compactMap { istat[$0] }.joined(separator: " ")])
        }
        return csv(out, filename: "vetrina-territori.csv")
    }

    private func csv(_ text: String, filename: String) -> HTTPResponse {
        var response = HTMLResponse.body(text, contentType: "text/csv; charset=utf-8", cache: .publicFor(seconds: 300))
        response.headers.set("Content-Disposition", "attachment; filename=\"\(filename)\"")
        response.headers.set("Access-Control-Allow-Origin", "*")
        return response
    }
}
