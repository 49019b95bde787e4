import Catalog
import HTTPServer

/// The filters of `/osservatorio`: `periodo` (days: 7, 30, 90, 365; default 90) and
/// `provincia` (sigla or slug). Bad values are reported in Italian (400).
struct ObservatoryParameters: Sendable, Equatable {
    static let periods = [7: "Ultimi 7 giorni", 30: "Ultimi 30 giorni", 90: "Ultimi 3 mesi", 365: "Ultimo anno"]
    static let defaultPeriod = 90

    var days = defaultPeriod
    var province: Province?

    static func parse(_ form: URLEncodedForm, catalog: any PortalCatalog) throws -> ObservatoryParameters {
        var p = ObservatoryParameters()
        if let text = form["periodo"], !text.isEmpty {
            guard let days = Int(text), periods[days] != nil else {
                throw PortalError.invalidParameters(["Il periodo «\(String(text.prefix(20)))» non è tra quelli disponibili: 7, 30, 90 o 365 giorni."])
            }
            p.days = days
        }
        if let code = form["provincia"], !code.isEmpty {
            guard let province = try catalog.province(code: String(code.prefix(40))) else {
                throw PortalError.invalidParameters(["La provincia «\(String(code.prefix(40)))» non esiste: usa la sigla, per esempio «cn» o «to»."])
            }
            p.province = province
        }
        return p
    }

    func filter(today: CalendarDay) -> ObservatoryFilter {
        ObservatoryFilter(from: today.adding(days: -(days - 1)), to: today, provinceId: province?.id)
    }

    var query: URLQuery {
        var q = URLQuery()
        if days != Self.defaultPeriod { q.add("periodo", String(days)) }
        q.add("provincia", province?.code.lowercased() ?? "")
        return q
    }
}
