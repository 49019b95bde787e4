import Catalog
import Foundation

extension AdminCardFormView {
    func howItWorks(_ m: Model, _ e: ErrorSummaryView) -> HTML {
        let d = m.form.draft
        return """
        <fieldset><legend>Come funziona</legend>
        \(AdminForm.textarea("audience", label: "A chi è rivolto", value: d.audience, errors: e))\
        \(AdminForm.textarea("how_to_access", label: "Come fare", value: d.howToAccess, hint: "Il primo passo concreto: chiamare, prenotare, presentarsi allo sportello.", errors: e))\
        \(AdminForm.textarea("required_documents", label: "Cosa serve", value: d.requiredDocuments, errors: e))\
        \(AdminForm.textarea("outcome", label: "Cosa si ottiene", value: d.outcome, errors: e))\
        \(AdminForm.textarea("times_and_deadlines", label: "Tempi e scadenze", value: d.timesAndDeadlines, errors: e))\
        \(AdminForm.textarea("conditions", label: "Condizioni", value: d.conditions, errors: e))\
        \(AdminForm.input("age_min", label: "Età minima (anni)", value: value(m, "age_min", d.ageMin.map(String.init) ?? ""), type: "text", errors: e))\
        \(AdminForm.input("age_max", label: "Età massima (anni)", value: value(m, "age_max", d.ageMax.map(String.init) ?? ""), type: "text", errors: e))\
        \(AdminForm.input("languages", label: "Lingue", value: d.languageCodes.joined(separator: ", "), hint: "Codici di due lettere separati da virgole, per esempio it, en, fr.", errors: e))\
        \(AdminForm.textarea("accessibility_notes", label: "Accessibilità", value: d.accessibilityNotes, rows: 3, errors: e))\
        </fieldset>

        """
    }

    func costs(_ m: Model, _ e: ErrorSummaryView) -> HTML {
        let c = m.form.draft.cost
        let kinds = CostKind.allCases.map { (value: $0.rawValue, label: $0.label) }
        let tuir = options(m.vocabulary.terms(.tuirCategory), empty: "Non pagabile con il welfare aziendale")
        return """
        <fieldset><legend>Costi e pagamento</legend>
        \(AdminForm.select("cost_kind", label: "Costo", options: kinds, selected: c.kind.rawValue, errors: e))\
        \(AdminForm.input("cost_min", label: "Importo minimo in euro", value: value(m, "cost_min", c.minCents.map(Self.euro) ?? ""), errors: e))\
        \(AdminForm.input("cost_max", label: "Importo massimo in euro", value: value(m, "cost_max", c.maxCents.map(Self.euro) ?? ""), errors: e))\
        \(AdminForm.input("cost_unit", label: "Unità", value: c.unit, hint: "Per esempio: all'ora, al mese, a visita.", errors: e))\
        \(AdminForm.checkboxes("payment_methods", legend: "Modalità di pagamento", options: options(m.vocabulary.terms(.paymentMethod)), selected: Set(c.paymentMethodCodes), errors: e))\
        \(AdminForm.textarea("cost_notes", label: "Note sui costi", value: c.notes, rows: 3, errors: e))\
        \(AdminForm.select("tuir_category", label: "Welfare aziendale (art. 51 TUIR)", options: tuir, selected: m.form.draft.tuirCategoryCode ?? "", errors: e))\
        \(AdminForm.select("welfare_payment_mode", label: "Come paga il piano welfare", options: Self.paymentModes, selected: m.form.draft.welfarePaymentMode?.rawValue ?? "", errors: e))\
        \(AdminForm.textarea("welfare_firm_steps", label: "Cosa deve fare l'impresa", value: m.form.draft.welfareFirmSteps ?? "", hint: "Lascia vuoto per il testo standard della modalità scelta.", rows: 3, errors: e))\
        \(AdminForm.textarea("welfare_notes", label: "Note per le imprese", value: m.form.draft.welfareNotes, rows: 3, errors: e))\
        </fieldset>

        """
    }

    static let paymentModes = [(value: "", label: "Non indicato")]
        + WelfarePaymentMode.allCases.map { (value: $0.rawValue, label: $0.label) }

    func contacts(_ m: Model, _ e: ErrorSummaryView) -> HTML {
        let c = m.form.draft.contacts
        return """
        <fieldset><legend>Contatti</legend>
        \(AdminForm.input("contact_phone", label: "Telefono", value: c.phone ?? "", type: "tel", errors: e))\
        \(AdminForm.input("contact_email", label: "E-mail", value: c.email ?? "", type: "email", errors: e))\
        \(AdminForm.input("contact_website", label: "Sito web", value: c.website ?? "", type: "url", hint: "L'indirizzo completo, che inizia con https://", errors: e))\
        \(AdminForm.input("contact_referent", label: "Referente", value: c.referent ?? "", errors: e))\
        \(AdminForm.input("contact_hours", label: "Orari di contatto", value: c.hours ?? "", errors: e))\
        </fieldset>

        """
    }

    func places(_ m: Model, _ e: ErrorSummaryView) -> HTML {
        let blocks: [HTML] = (0..<m.form.locationSlots).map { index in
            let place = index < m.form.draft.locations.count ? m.form.draft.locations[index] : nil
            let p = "location_\(index + 1)_"
            let comune = value(m, p + "comune", place.flatMap { m.vocabulary.territoryName($0.comuneId) } ?? "")
            return """
            <fieldset class="panel"><legend>Luogo \(index + 1)\(HTML.when(place == nil, " (nuovo, facoltativo)"))</legend>
            \(place?.id.map { AdminForm.hidden(p + "id", String($0)) } ?? HTML())\
            \(AdminForm.input(p + "name", label: "Nome del luogo", value: place?.name ?? "", errors: e))\
            \(AdminForm.input(p + "address", label: "Indirizzo", value: place?.address ?? "", errors: e))\
            \(AdminForm.input(p + "postal_code", label: "CAP", value: place?.postalCode ?? "", errors: e))\
            \(AdminForm.input(p + "comune", label: "Comune", value: comune, hint: "Il nome del comune o il codice ISTAT.", errors: e))\
            \(AdminForm.input(p + "hours", label: "Orari di apertura", value: place?.openingHours ?? "", errors: e))\
            \(AdminForm.checkbox(p + "confidential", label: "Indirizzo riservato (non mostrarlo al pubblico)", checked: place?.isConfidential ?? false))\
            </fieldset>
            """
        }
        return "<h2>Luoghi</h2>\n<p class=\"hint\">Dove si svolge il servizio. Per aggiungere un altro luogo, salva: comparirà un nuovo riquadro vuoto.</p>\n\(blocks)\n"
    }

    func territory(_ m: Model, _ e: ErrorSummaryView) -> HTML {
        let selected = Set(m.form.draft.servedTerritoryIds.map(String.init))
        let wide = (m.vocabulary.places(.region) + m.vocabulary.places(.province) + m.vocabulary.places(.area))
            .map { (value: String($0.id), label: $0.kind == .region ? "Tutto il Piemonte" : "\($0.kind.label) \($0.name)") }
        let comuni = m.vocabulary.places(.comune).filter { selected.contains(String($0.id)) }.map(\.name).joined(separator: ", ")
        return """
        \(AdminForm.checkboxes("territories", legend: "Territorio servito", options: wide, selected: selected, hint: "Chi può usare il servizio: può essere diverso da dove si svolge.", errors: e))\
        \(AdminForm.textarea("territory_comuni", label: "Singoli comuni serviti", value: value(m, "territory_comuni", comuni), hint: "Nomi dei comuni separati da virgole.", rows: 2, errors: e))
        """
    }

    func validity(_ m: Model, _ e: ErrorSummaryView) -> HTML {
        let d = m.form.draft
        return """
        <fieldset><legend>Validità e fonte</legend>
        \(AdminForm.input("valid_from", label: "Valido dal", value: value(m, "valid_from", d.validFrom?.iso ?? ""), type: "date", hint: "Per esempio 2025-01-31.", errors: e))\
        \(AdminForm.input("valid_to", label: "Valido fino al", value: value(m, "valid_to", d.validTo?.iso ?? ""), type: "date", errors: e))\
        \(AdminForm.input("source", label: "Fonte dei dati", value: d.source, errors: e))\
        \(AdminForm.input("external_id", label: "Codice esterno (importazioni)", value: d.externalId ?? "", errors: e))\
        <p>Stato attuale: <strong>\(m.status.label)</strong>. Lo stato si cambia con i pulsanti della pagina della scheda.</p>
        </fieldset>

        """
    }

    /// `1850` → `18,50`.
    static func euro(_ cents: Int) -> String {
        let rest = cents % 100
        return "\(cents / 100),\(rest < 10 ? "0" : "")\(rest)"
    }
}
