/// The columns of the service-card CSV (import template and export), in file order.
///
/// Lists inside a cell are separated by `|`; codes are the taxonomy codes shown on the import
/// page; amounts are in euro (`12,50` or `12.50`); dates are `AAAA-MM-GG` or `GG/MM/AAAA`.
public struct ServiceCSVColumn: Sendable, Equatable {
    public var name: String
    public var help: String
    public var isRequired: Bool
    var example: String

    init(_ name: String, _ help: String, required: Bool = false, example: String = "") {
        self.name = name
        self.help = help
        self.isRequired = required
        self.example = example
    }

    /// Every column, in order. `id_esterno` is the stable key: importing a row whose id already
    /// exists updates that card instead of creating a new one.
    public static let all: [ServiceCSVColumn] = [
        .init("id_esterno", "Codice stabile della scheda nel vostro archivio", required: true, example: "ASL-TO3-0001"),
        .init("titolo", "Nome del servizio", required: true, example: "Assistenza domiciliare anziani"),
        .init("ente", "Codice (slug) dell'ente erogatore", required: true, example: "cooperativa-esempio"),
        .init("tipo_servizio", "Codice del tipo di servizio", required: true, example: "assistenza_domiciliare"),
        .init("descrizione_breve", "Una o due frasi", example: "Aiuto a casa per persone anziane."),
        .init("contenuti", "Cosa offre il servizio"),
        .init("bisogni", "Codici dei bisogni, separati da |", example: "anziani"),
        .init("destinatari", "Codici dei destinatari, separati da |", example: "anziani"),
        .init("modalita", "Codici delle modalità di fruizione, separati da |", example: "domicilio"),
        .init("a_chi_si_rivolge", "Chi può usarlo, in parole semplici"),
        .init("come_fare", "Il primo passo concreto"),
        .init("cosa_serve", "Documenti o requisiti"),
        .init("cosa_si_ottiene", "Risultato per la persona"),
        .init("tempi_scadenze", "Tempi di attesa, scadenze"),
        .init("condizioni", "Altre condizioni"),
        .init("eta_min", "Età minima (anni)"),
        .init("eta_max", "Età massima (anni)"),
        .init("lingue", "Codici ISO delle lingue, separati da |", example: "it"),
        .init("accessibilita", "Note sull'accessibilità"),
        .init("costo_tipo", "free, paid, contribution, variable o unknown", example: "paid"),
        .init("costo_min_euro", "Importo minimo in euro", example: "18,50"),
        .init("costo_max_euro", "Importo massimo in euro"),
        .init("costo_unita", "Per esempio: all'ora, al mese", example: "all'ora"),
        .init("pagamenti", "Codici dei metodi di pagamento, separati da |"),
        .init("costo_note", "Note sui costi"),
        .init("categoria_tuir", "Codice della categoria art. 51 TUIR, se pagabile dal welfare aziendale"),
        .init("note_welfare", "Note per le imprese"),
        .init("welfare_pagamento", "Come paga il piano welfare: rimborso, pagamento_diretto o voucher", example: "rimborso"),
        .init("welfare_impresa", "Cosa deve fare l'impresa (vuoto: testo standard della modalità)"),
        .init("telefono", "Telefono"),
        .init("email", "E-mail"),
        .init("sito", "Sito web (https://…)"),
        .init("referente", "Persona di riferimento"),
        .init("orari", "Orari di contatto"),
        .init("sede_nome", "Nome della sede"),
        .init("sede_indirizzo", "Indirizzo della sede"),
        .init("sede_cap", "CAP"),
        .init("sede_comune_istat", "Codice ISTAT del comune della sede (6 cifre)", example: "001272"),
        .init("sede_orari", "Orari di apertura della sede"),
        .init("territorio", "Territorio servito: codici ISTAT dei comuni, sigle di provincia, codici area o 'piemonte', separati da |", example: "TO"),
        .init("valido_dal", "Data di inizio"),
        .init("valido_al", "Data di fine"),
        .init("stato", "draft, in_review, published o archived", example: "draft"),
        .init("motivo_archiviazione", "Obbligatorio se stato = archived"),
        .init("fonte", "Da dove vengono i dati"),
    ]

    /// The template file: header plus one example row.
    public static func template(writer: CSVWriter = CSVWriter()) -> String {
        writer.document(header: all.map(\.name), rows: [all.map(\.example)])
    }
}
