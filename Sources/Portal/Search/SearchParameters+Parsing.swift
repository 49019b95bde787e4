import HTTPServer
import Search

extension SearchParameters {
    /// The controlled vocabularies a request's codes are checked against.
    struct Vocabulary: Sendable {
        var needs: Set<String>
        var targets: Set<String>
        var deliveryModes: Set<String>
        var organizationKinds: Set<String>

        init(needs: Set<String>, targets: Set<String>, deliveryModes: Set<String>, organizationKinds: Set<String>) {
            self.needs = needs
            self.targets = targets
            self.deliveryModes = deliveryModes
            self.organizationKinds = organizationKinds
        }
    }

    /// Reads the parameters from a decoded query string.
    /// - Throws: `PortalError.invalidParameters` listing every unacceptable value (400), in `l10n`'s language.
    static func parse(_ form: URLEncodedForm, vocabulary: Vocabulary,
                             localizer l10n: Localizer = .italian) throws(PortalError) -> SearchParameters {
        var p = SearchParameters()
        var problems: [String] = []
        p.text = single(form, "q")
        if p.text.count > maxTextLength {
            problems.append(l10n.tr("search.error.text_too_long", ["max": String(maxTextLength)]))
        }
        p.needs = codes(form, "bisogno", in: vocabulary.needs, l10n, problems: &problems)
        p.targets = codes(form, "destinatario", in: vocabulary.targets, l10n, problems: &problems)
        p.deliveryModes = codes(form, "modalita", in: vocabulary.deliveryModes, l10n, problems: &problems)
        p.organizationKinds = codes(form, "tipo_ente", in: vocabulary.organizationKinds, l10n, problems: &problems)
        p.comune = String(single(form, "comune").prefix(80))
        p.area = nonEmpty(single(form, "area"))
        p.province = nonEmpty(single(form, "provincia").lowercased())
        p.cost = enumValue(form, "costo", l10n, value: \.rawValue, problems: &problems)
        p.sort = enumValue(form, "ordina", l10n, value: \.parameterValue, problems: &problems)
        p.welfareOnly = flag(form, "welfare", l10n, problems: &problems)
        p.page = pageNumber(form, l10n, problems: &problems)
        guard problems.isEmpty else { throw .invalidParameters(problems) }
        return p
    }

    static func single(_ form: URLEncodedForm, _ name: String) -> String {
        (form.values(for: name).first { !$0.trimmingWhitespace().isEmpty } ?? "").trimmingWhitespace()
    }

    static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// `search.error.unknown.<name>` names the filter: "Il bisogno «x» non esiste…".
    static func codes(_ form: URLEncodedForm, _ name: String, in known: Set<String>, _ l10n: Localizer,
                      problems: inout [String]) -> [String] {
        var out: [String] = []
        for raw in form.values(for: name) {
            let code = raw.trimmingWhitespace()
            guard !code.isEmpty, !out.contains(code) else { continue }
            if known.contains(code) { out.append(code) } else {
                problems.append(l10n.tr("search.error.unknown.\(name)", ["value": String(code.prefix(60))]))
            }
        }
        return out
    }

    /// One of `E`'s cases, named in the URL by `value`.
    static func enumValue<E: CaseIterable>(
        _ form: URLEncodedForm, _ name: String, _ l10n: Localizer, value: (E) -> String, problems: inout [String]
    ) -> E? {
        let raw = single(form, name)
        guard !raw.isEmpty else { return nil }
        if let match = E.allCases.first(where: { value($0) == raw }) { return match }
        let allowed = l10n.list(E.allCases.map { "«\(value($0))»" })
        problems.append(l10n.tr("search.error.bad_value.\(name)", ["value": String(raw.prefix(60)), "allowed": allowed]))
        return nil
    }

    static func flag(_ form: URLEncodedForm, _ name: String, _ l10n: Localizer, problems: inout [String]) -> Bool {
        switch single(form, name) {
        case "": return false
        case "1", "si", "sì", "on", "true": return true
        case let other:
            problems.append(l10n.tr("search.error.welfare", ["value": String(other.prefix(60))]))
            return false
        }
    }

    static func pageNumber(_ form: URLEncodedForm, _ l10n: Localizer, problems: inout [String]) -> Int {
        let raw = single(form, "pagina")
        guard !raw.isEmpty else { return 1 }
        guard raw.utf8.count <= 4, let n = Int(raw), (1...maxPage).contains(n) else {
            problems.append(l10n.tr("search.error.page", ["value": String(raw.prefix(20)), "max": String(maxPage)]))
            return 1
        }
        return n
    }
}
