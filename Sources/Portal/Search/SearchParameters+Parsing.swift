import HTTPServer

extension SearchParameters {
    /// The controlled vocabularies a request's codes are checked against.
    public struct Vocabulary: Sendable {
        public var needs: Set<String>
        public var targets: Set<String>
        public var deliveryModes: Set<String>
        public var organizationKinds: Set<String>

        public init(needs: Set<String>, targets: Set<String>, deliveryModes: Set<String>, organizationKinds: Set<String>) {
            self.needs = needs
            self.targets = targets
            self.deliveryModes = deliveryModes
            self.organizationKinds = organizationKinds
        }
    }

    /// Reads the parameters from a decoded query string.
    /// - Throws: `PortalError.invalidParameters` listing every unacceptable value (400).
    public static func parse(_ form: URLEncodedForm, vocabulary: Vocabulary) throws(PortalError) -> SearchParameters {
        var p = SearchParameters()
        var problems: [String] = []
        p.text = single(form, "q")
        if p.text.count > maxTextLength {
            problems.append("Il testo da cercare è troppo lungo: usa al massimo \(maxTextLength) caratteri.")
        }
        p.needs = codes(form, "bisogno", in: vocabulary.needs, noun: "Il bisogno", problems: &problems)
        p.targets = codes(form, "destinatario", in: vocabulary.targets, noun: "Il destinatario", problems: &problems)
        p.deliveryModes = codes(form, "modalita", in: vocabulary.deliveryModes, noun: "La modalità", problems: &problems)
        p.organizationKinds = codes(form, "tipo_ente", in: vocabulary.organizationKinds, noun: "Il tipo di ente", problems: &problems)
        p.comune = String(single(form, "comune").prefix(80))
        p.area = nonEmpty(single(form, "area"))
        p.province = nonEmpty(single(form, "provincia").lowercased())
        p.cost = enumValue(form, "costo", noun: "Il costo", problems: &problems)
        p.sort = enumValue(form, "ordina", noun: "L'ordine", problems: &problems)
        p.welfareOnly = flag(form, "welfare", problems: &problems)
        p.page = pageNumber(form, problems: &problems)
        guard problems.isEmpty else { throw .invalidParameters(problems) }
        return p
    }

    static func single(_ form: URLEncodedForm, _ name: String) -> String {
        (form.values(for: name).first { !$0.trimmingWhitespace().isEmpty } ?? "").trimmingWhitespace()
    }

    static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    static func codes(_ form: URLEncodedForm, _ name: String, in known: Set<String>, noun: String,
                      problems: inout [String]) -> [String] {
        var out: [String] = []
        for raw in form.values(for: name) {
            let code = raw.trimmingWhitespace()
            guard !code.isEmpty, !out.contains(code) else { continue }
            if known.contains(code) { out.append(code) } else {
                problems.append("\(noun) «\(String(code.prefix(60)))» non esiste: scegli tra quelli proposti nei filtri.")
            }
        }
        return out
    }

    static func enumValue<E: RawRepresentable & CaseIterable>(
        _ form: URLEncodedForm, _ name: String, noun: String, problems: inout [String]
    ) -> E? where E.RawValue == String {
        let raw = single(form, name)
        guard !raw.isEmpty else { return nil }
        if let value = E(rawValue: raw) { return value }
        let allowed = ItalianText.list(E.allCases.map { "«\($0.rawValue)»" })
        problems.append("\(noun) «\(String(raw.prefix(60)))» non è valido: i valori possibili sono \(allowed).")
        return nil
    }

    static func flag(_ form: URLEncodedForm, _ name: String, problems: inout [String]) -> Bool {
        switch single(form, name) {
        case "": return false
        case "1", "si", "sì", "on", "true": return true
        case let other:
            problems.append("Il filtro welfare aziendale «\(String(other.prefix(60)))» non è valido: usa «1».")
            return false
        }
    }

    static func pageNumber(_ form: URLEncodedForm, problems: inout [String]) -> Int {
        let raw = single(form, "pagina")
        guard !raw.isEmpty else { return 1 }
        guard raw.utf8.count <= 4, let n = Int(raw), (1...maxPage).contains(n) else {
            problems.append("Il numero di pagina «\(String(raw.prefix(20)))» non è valido: usa un numero da 1 a \(maxPage).")
            return 1
        }
        return n
    }
}
