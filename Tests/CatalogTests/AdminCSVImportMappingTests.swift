import Testing
@testable import Catalog

@Suite struct AdminCSVImportMappingTests {
    let vocabulary = ImportVocabulary(
        organizationsBySlug: ["coop-aurora": 7], comuniByISTAT: ["001272": 500],
        territoriesByCode: ["TO": 20, "001272": 500, "piemonte": 1], serviceTypes: ["assistenza_domiciliare"],
        needs: ["anziani", "famiglia"], targets: ["anziani"], deliveryModes: ["domicilio"],
        paymentMethods: ["contanti"], tuirCategories: ["art51_f"])

    private func map(_ text: String) throws -> (rows: [ImportRow], problems: [ImportProblem]) {
        ServiceCSVMapper(vocabulary: vocabulary).map(try CSVParser.parse(Array(text.utf8)))
    }

    @Test func templateExampleRowIsTheHeaderShape() throws {
        let table = try CSVParser.parse(Array(ServiceCSVColumn.template().utf8))
        #expect(table.header == ServiceCSVColumn.all.map(\.name))
        #expect(table.records.count == 1)
        #expect(ServiceCSVMapper(vocabulary: vocabulary).checkHeader(table.header).isEmpty)
    }

    @Test func goodRowBecomesADraft() throws {
        let csv = """
        id_esterno;titolo;ente;tipo_servizio;descrizione_breve;bisogni;costo_tipo;costo_min_euro;sede_comune_istat;sede_indirizzo;territorio;valido_dal;stato
        A-1;Assistenza a casa;coop-aurora;assistenza_domiciliare;Aiuto a casa;anziani|famiglia;paid;18,5;001272;Via Roma 1;TO|001272;01/02/2025;published
        """
        let result = try map(csv)
        #expect(result.problems == [])
        let draft = try #require(result.rows.first).draft
        #expect(draft.externalId == "A-1" && draft.organizationId == 7)
        #expect(draft.needCodes == ["anziani", "famiglia"])
        #expect(draft.cost.kind == .paid && draft.cost.minCents == 1850)
        #expect(draft.locations.first?.comuneId == 500 && draft.locations.first?.address == "Via Roma 1")
        #expect(draft.servedTerritoryIds == [20, 500])
        #expect(draft.validFrom?.iso == "2025-02-01")
        #expect(draft.status == .published)
    }

    @Test func everyBadCellIsReportedWithLineAndColumn() throws {
        let csv = """
        id_esterno;titolo;ente;tipo_servizio;descrizione_breve;bisogni;territorio;costo_min_euro;eta_min;valido_al;stato
        A-1;Buona;coop-aurora;assistenza_domiciliare;Breve;anziani;TO;;;;
        A-2;;ente-ignoto;boh;Breve;volare;TO;12,345;200;31/02/2025;archived
        A-1;Doppia;coop-aurora;assistenza_domiciliare;Breve;anziani;TO;;;;
        """
        let result = try map(csv)
        #expect(result.rows.map(\.externalId) == ["A-1"])
        let lineThree = result.problems.filter { $0.line == 3 }.map(\.column)
        #expect(lineThree == ["titolo", "ente", "tipo_servizio", "bisogni", "eta_min", "costo_min_euro",
                              "valido_al", "motivo_archiviazione"])
        #expect(result.problems.contains(ImportProblem(line: 4, column: "id_esterno", reason: "«A-1» compare già alla riga 2.")))
    }

    @Test func missingAndUnknownColumnsStopAtTheHeader() throws {
        let result = try map("id_esterno;titolo;colore\nA;B;rosso\n")
        #expect(result.rows.isEmpty)
        #expect(Set(result.problems.map(\.column)) == ["ente", "tipo_servizio", "colore"])
        #expect(result.problems.allSatisfy { $0.line == 1 })
    }

    @Test func validatorRulesAreReportedPerColumn() throws {
        let result = try map("id_esterno;titolo;ente;tipo_servizio;descrizione_breve;bisogni;territorio;email\n"
            + "X;T;coop-aurora;assistenza_domiciliare;;anziani;;non-una-mail\n")
        #expect(result.rows.isEmpty)
        #expect(result.problems.map(\.column) == ["descrizione_breve", "email"])
        #expect(result.problems.allSatisfy { $0.line == 2 && !$0.reason.isEmpty })
    }

    static let minimal = "id_esterno;titolo;ente;tipo_servizio;descrizione_breve;bisogni;territorio;costo_min_euro\nX;T;coop-aurora;assistenza_domiciliare;Breve;anziani;TO;"

    @Test(arguments: [("12", 1200), ("12,5", 1250), ("12.05", 1205), ("€ 7", 700), ("0", 0)])
    func amountsBecomeCents(_ pair: (String, Int)) throws {
        let result = try map(Self.minimal + pair.0 + "\n")
        #expect(result.rows.first?.draft.cost.minCents == pair.1)
    }

    @Test(arguments: ["-1", "1,234", "abc", "1.2.3", "12,"])
    func badAmountsAreProblems(_ raw: String) throws {
        let result = try map(Self.minimal + raw + "\n")
        #expect(result.rows.isEmpty)
        #expect(result.problems.map(\.column) == ["costo_min_euro"])
    }
}
