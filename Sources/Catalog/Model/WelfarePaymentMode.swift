/// How an art. 51 TUIR benefit reaches the provider when a corporate welfare plan pays for a
/// service (`service.welfare_payment_mode`, migration 0009).
public enum WelfarePaymentMode: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    /// The employee pays and the firm reimburses against the receipt (art. 51 c. 2 lett. f-bis/f-ter).
    case reimbursement = "rimborso"
    /// The firm (or its welfare platform) pays the provider's invoice.
    case directPayment = "pagamento_diretto"
    /// A nominal voucher (documento di legittimazione, art. 51 c. 3-bis), one service, no cash top-up.
    case voucher

    /// Italian label.
    public var label: String {
        switch self {
        case .reimbursement: "Rimborso al dipendente"
        case .directPayment: "Pagamento diretto dell'impresa"
        case .voucher: "Voucher (buono welfare)"
        }
    }

    /// What the firm has to do when the card gives no steps of its own, in plain Italian.
    public var defaultFirmSteps: String {
        switch self {
        case .reimbursement:
            "Il dipendente paga il servizio e consegna la fattura o la ricevuta intestata a sé o al familiare; "
                + "l'impresa rimborsa in busta paga secondo il regolamento del piano welfare e conserva i giustificativi."
        case .directPayment:
            "L'impresa (o la piattaforma welfare che usa) concorda il servizio con l'ente e paga la sua fattura; "
                + "il dipendente non anticipa nulla. Serve un regolamento o un accordo aziendale che preveda il servizio."
        case .voucher:
            "L'impresa emette un voucher nominativo per questo servizio (non cedibile, non convertibile in denaro); "
                + "l'ente lo accetta e lo fattura all'impresa o alla piattaforma welfare."
        }
    }
}
