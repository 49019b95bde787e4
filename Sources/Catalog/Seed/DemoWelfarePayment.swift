/// How the demo cards are paid by a welfare plan, derived from their art. 51 TUIR category the
/// way the rule usually works: lett. f-bis/f-ter reimburse receipts; lett. f
/// ("opere e servizi") must be provided in kind and health funds are paid their contribution directly, c. 3 fringe benefits travel as vouchers.
enum DemoWelfarePayment {
    static func mode(forCategory code: String) -> WelfarePaymentMode? {
        switch code {
        case "f_bis_istruzione", "f_ter_assistenza": .reimbursement
        case "f_opere_servizi", "a_previdenza_sanita": .directPayment
        case "c3_fringe_benefit": .voucher
        default: nil
        }
    }
}
