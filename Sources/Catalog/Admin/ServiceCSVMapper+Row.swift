import Foundation

extension ServiceCSVMapper {
    /// Reads one row into a draft; problems accumulate in `reader`.
    func mapRow(_ r: inout CSVRowReader) -> ServiceDraft {
        let externalId = r.required("id_esterno")
        if externalId.count > 100 { r.problem("id_esterno", "Al massimo 100 caratteri.") }
        let title = r.required("titolo")
        let orgSlug = r.required("ente").lowercased()
        let organizationId = vocabulary.organizationsBySlug[orgSlug]
        if organizationId == nil && !orgSlug.isEmpty { r.problem("ente", "Ente sconosciuto: «\(orgSlug)».") }
        let typeCode = r.required("tipo_servizio").lowercased()
        if !typeCode.isEmpty && !vocabulary.serviceTypes.contains(typeCode) {
            r.problem("tipo_servizio", "Codice sconosciuto: «\(typeCode)».")
        }
        var draft = ServiceDraft(organizationId: organizationId ?? 0, title: title, serviceTypeCode: typeCode)
        draft.externalId = externalId.isEmpty ? nil : externalId
        draft.summary = r.text("descrizione_breve")
        draft.description = r.text("contenuti")
        draft.needCodes = r.codes("bisogni", allowed: vocabulary.needs)
        draft.targetCodes = r.codes("destinatari", allowed: vocabulary.targets)
        draft.deliveryModeCodes = r.codes("modalita", allowed: vocabulary.deliveryModes)
        readTexts(&r, into: &draft)
        draft.cost = readCost(&r)
        draft.tuirCategoryCode = r.codes("categoria_tuir", allowed: vocabulary.tuirCategories).first
        draft.welfareNotes = r.text("note_welfare")
        draft.welfarePaymentMode = r.codes("welfare_pagamento", allowed: Set(WelfarePaymentMode.allCases.map(\.rawValue)))
            .first.flatMap(WelfarePaymentMode.init(rawValue:))
        draft.welfareFirmSteps = r.optional("welfare_impresa")
        draft.contacts = Contacts(phone: r.optional("telefono"), email: r.optional("email"), website: r.optional("sito"),
                                  referent: r.optional("referente"), hours: r.optional("orari"))
        draft.locations = readLocation(&r)
        draft.servedTerritoryIds = readTerritories(&r)
        draft.validFrom = r.day("valido_dal")
        draft.validTo = r.day("valido_al")
        readStatus(&r, into: &draft)
        draft.source = r.text("fonte").isEmpty ? "Importazione CSV" : r.text("fonte")
        return draft
    }

    private func readTexts(_ r: inout CSVRowReader, into draft: inout ServiceDraft) {
        draft.audience = r.text("a_chi_si_rivolge")
        draft.howToAccess = r.text("come_fare")
        draft.requiredDocuments = r.text("cosa_serve")
        draft.outcome = r.text("cosa_si_ottiene")
        draft.timesAndDeadlines = r.text("tempi_scadenze")
        draft.conditions = r.text("condizioni")
        draft.ageMin = r.integer("eta_min", in: 0...130)
        draft.ageMax = r.integer("eta_max", in: 0...130)
        let languages = r.text("lingue").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for code in languages where code.count != 2 || !code.allSatisfy({ $0 >= "a" && $0 <= "z" }) {
            r.problem("lingue", "Codice lingua non valido: «\(code)» (due lettere, per esempio it).")
        }
        draft.languageCodes = languages.isEmpty ? ["it"] : languages.filter { $0.count == 2 }
        draft.accessibilityNotes = r.text("accessibilita")
    }

    private func readCost(_ r: inout CSVRowReader) -> CostModel {
        let raw = r.text("costo_tipo").lowercased()
        let kind = raw.isEmpty ? CostKind.unknown : CostKind(rawValue: raw)
        if kind == nil { r.problem("costo_tipo", "Valore non valido: usa free, paid, contribution, variable o unknown.") }
        return CostModel(kind: kind ?? .unknown, minCents: r.cents("costo_min_euro"), maxCents: r.cents("costo_max_euro"),
                         unit: r.text("costo_unita"), paymentMethodCodes: r.codes("pagamenti", allowed: vocabulary.paymentMethods),
                         notes: r.text("costo_note"))
    }

    private func readLocation(_ r: inout CSVRowReader) -> [ServiceLocation] {
        let istat = r.text("sede_comune_istat")
        let address = r.optional("sede_indirizzo")
        if istat.isEmpty {
            if address != nil { r.problem("sede_comune_istat", "Indica il comune della sede.") }
            return []
        }
        guard let comuneId = vocabulary.comuniByISTAT[istat] else {
            r.problem("sede_comune_istat", "Comune sconosciuto: «\(istat)» (codice ISTAT a 6 cifre).")
            return []
        }
        return [ServiceLocation(name: r.text("sede_nome"), address: address, postalCode: r.optional("sede_cap"),
                                comuneId: comuneId, openingHours: r.optional("sede_orari"))]
    }

    private func readTerritories(_ r: inout CSVRowReader) -> [Int64] {
        var ids: [Int64] = []
        for raw in r.text("territorio").split(separator: "|") {
            let code = raw.trimmingCharacters(in: .whitespaces)
            let id = vocabulary.territoriesByCode[code] ?? vocabulary.territoriesByCode[code.lowercased()]
                ?? vocabulary.territoriesByCode[code.uppercased()]
            if let id { if !ids.contains(id) { ids.append(id) } } else if !code.isEmpty {
                r.problem("territorio", "Territorio sconosciuto: «\(code)».")
            }
        }
        return ids
    }

    private func readStatus(_ r: inout CSVRowReader, into draft: inout ServiceDraft) {
        let raw = r.text("stato").lowercased()
        guard let status = raw.isEmpty ? ServiceStatus.draft : ServiceStatus(rawValue: raw) else {
            r.problem("stato", "Valore non valido: usa draft, in_review, published o archived.")
            return
        }
        draft.status = status
        draft.archiveReason = r.optional("motivo_archiviazione")
        if status == .archived && draft.archiveReason == nil {
            r.problem("motivo_archiviazione", "Obbligatorio per le schede archiviate.")
        }
    }
}
