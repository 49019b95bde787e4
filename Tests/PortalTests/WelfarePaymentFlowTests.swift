import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal

/// Issue 10 (1): how a welfare plan pays for a card is edited in the admin form, stored, kept in
/// the history and CSV, and refused when it is not one of the three modes.
@Suite(.blocking) struct WelfarePaymentFlowTests {
    let flow = AdminCardFlowTests()

    @Test func paymentModeAndFirmStepsAreSavedFromTheForm() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = try flow.signedIn(server, "red@ente.it")
        var fields = try flow.validCard(server)
        fields += [("tuir_category", "f_bis_istruzione"), ("welfare_payment_mode", "voucher"),
                   ("welfare_firm_steps", "Emettere il buono <nominativo> a inizio anno")]
        let id = try flow.createCard(browser, fields)
        let card = try ServiceRepository(pool: server.database).service(id: id)
        #expect(card.fields.welfarePaymentMode == .voucher)
        #expect(card.fields.welfareFirmSteps == "Emettere il buono <nominativo> a inizio anno")
        let form = try browser.get("/admin/schede/\(id)")
        #expect(form.text.contains("<option value=\"voucher\" selected"))
        #expect(form.text.contains("Emettere il buono &lt;nominativo&gt; a inizio anno"))
        let csv = try browser.get("/admin/esporta.csv")
        #expect(csv.text.contains(";voucher;Emettere il buono <nominativo> a inizio anno;"))
    }

    @Test func anUnknownModeIsRefusedAndNothingIsWritten() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = try flow.signedIn(server, "red@ente.it")
        try browser.get("/admin/schede/nuova")
        var fields = try flow.validCard(server)
        fields.append(("welfare_payment_mode", "bonifico_magico"))
        let reply = try browser.post("/admin/schede/nuova", fields)
        #expect(reply.status == 422)
        #expect(reply.text.contains("Scegli come paga il piano welfare dall&#39;elenco"))
        #expect(reply.text.contains("href=\"#welfare_payment_mode\""))
        #expect(try server.count("SELECT count(*) FROM service") == 0)
    }

    @Test func theDemoCatalogSaysHowEachWelfareCardIsPaid() throws {
        let portal = try DemoPortal.get()
        let missing = try portal.database.read {
            try $0.scalar("SELECT count(*) FROM service WHERE tuir_category_code IS NOT NULL AND welfare_payment_mode IS NULL", as: Int.self)
        }
        #expect(missing == 0)
        let slug = "rimborso-delle-spese-sanitarie-per-i-soci"
        let page = try portal.get("/servizi/\(slug)")
        #expect(page.text.contains("Come paga il piano welfare</dt><dd>Pagamento diretto dell&#39;impresa</dd>"))
        #expect(page.text.contains("Cosa deve fare l"))
    }
}
