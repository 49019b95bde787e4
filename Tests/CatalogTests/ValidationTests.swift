import Foundation
import Testing
@testable import Catalog

struct TaxCodeTests {
    // Check characters computed by hand with the DM 23/12/1976 tables.
    @Test(arguments: ["RSSMRA85T10A562S", "rssmra85t10a562s", "RSSMRA 85T10 A562S",
                      "VRDGPP80A41L219Q", "BNCLRA70M55H501G",
                      "RSSMRA85T10A56NH", "RSSMRA85T10A5SNT", "RSSMRA85T1LA562V"])
    func acceptsValidPersonalCodesIncludingOmocodia(_ code: String) {
        #expect(CodiceFiscale.problem(with: code) == nil)
    }

    @Test func rejectsWrongCheckCharacter() {
        #expect(CodiceFiscale.problem(with: "RSSMRA85T10A562T") == .wrongCheckCharacter)
        #expect(CodiceFiscale.problem(with: "RSSMRA85T10A56NS") == .wrongCheckCharacter)
        let error = TaxCodeRules.codiceFiscale("RSSMRA85T10A562X")
        #expect(error == FieldError(field: "tax_code",
                                    message: "Il codice fiscale non è valido: controlla il carattere di controllo"))
    }

    @Test func rejectsMalformedPersonalCodes() {
        #expect(CodiceFiscale.problem(with: "RSSMRA85Z10A562S") == .malformed)   // Z is no month
        #expect(CodiceFiscale.problem(with: "RSSMRA85T35A562S") == .malformed)   // day 35
        #expect(CodiceFiscale.problem(with: "RSSMRA85TW0A562S") == .malformed)   // W is no omocodia letter
        #expect(CodiceFiscale.problem(with: "1SSMRA85T10A562S") == .malformed)
        #expect(CodiceFiscale.problem(with: "RSSMRA85T10A562") == .wrongLength)
        #expect(CodiceFiscale.problem(with: "RSSMRA85T10A562SS") == .wrongLength)
        #expect(CodiceFiscale.problem(with: "RSSMRÀ85T10A562S") == .wrongLength)
        #expect(CodiceFiscale.problem(with: "") == .wrongLength)
    }

    @Test func numericCodesUseThePartitaIVAAlgorithm() {
        #expect(CodiceFiscale.problem(with: "97000040150") == nil)
        #expect(CodiceFiscale.problem(with: "97000040151") == .wrongCheckCharacter)
        #expect(CodiceFiscale.problem(with: "9700004015A") == .wrongLength)
    }

    @Test(arguments: ["12345678903", "01111111116", "80111750016", "00788920007", "01286100019", "IT 0128610001 9"])
    func acceptsValidPartitaIVA(_ value: String) {
        #expect(PartitaIVA.isValid(value))
        #expect(TaxCodeRules.partitaIVA(value) == nil)
    }

    @Test func rejectsCorruptedPartitaIVA() {
        #expect(!PartitaIVA.isValid("12345678904"))          // last digit changed
        #expect(!PartitaIVA.isValid("21345678903"))          // two digits swapped
        #expect(!PartitaIVA.isValid("00000000000"))
        #expect(TaxCodeRules.partitaIVA("1234567890")?.message == "La partita IVA deve avere 11 cifre")
        #expect(TaxCodeRules.partitaIVA("12345678904")?.message
                == "La partita IVA non è valida: controlla l'ultima cifra (cifra di controllo)")
        #expect(PartitaIVA.checkDigit(forFirstTen: "12345678x0") == nil)
    }

    @Test func everySingleDigitErrorIsCaught() {
        let valid = Array("01286100019")
        for i in valid.indices {
            for d in "0123456789" where d != valid[i] {
                var corrupted = valid
                corrupted[i] = d
                #expect(!PartitaIVA.isValid(String(corrupted)), "\(String(corrupted))")
            }
        }
    }
}

struct ContactRulesTests {
    @Test(arguments: ["info@esempio.it", "nome.cognome+welfare@coop-sociale.torino.it", "a@b.co"])
    func acceptsEmails(_ value: String) { #expect(ContactRules.isEmail(value)) }

    @Test(arguments: ["", "info", "info@", "@esempio.it", "info@esempio", "in fo@esempio.it",
                      "info@@esempio.it", "info@esempio..it", "info@-esempio.it", ".info@esempio.it",
                      "infò@esempio.it", "info@esempio.i"])
    func rejectsEmails(_ value: String) { #expect(!ContactRules.isEmail(value)) }

    @Test(arguments: ["011 1234567", "+39 011 123 4567", "0039 0171 66123", "333 1234567", "+393331234567",
                      "(011) 12.34.567", "800 123456", "1522", "112", "0175-123456"])
    func acceptsItalianPhones(_ value: String) { #expect(ContactRules.isItalianPhone(value)) }

    @Test(arguments: ["", "12", "011", "+44 20 7946 0958", "555 1234567", "333 12345678901", "011 12a4567",
                      "+39", "tel. 011 123456"])
    func rejectsPhones(_ value: String) { #expect(!ContactRules.isItalianPhone(value)) }

    @Test(arguments: ["https://www.comune.torino.it", "http://esempio.it/servizi?x=1", "HTTPS://Esempio.IT/a"])
    func acceptsWebURLs(_ value: String) { #expect(ContactRules.isWebURL(value)) }

    @Test(arguments: ["www.esempio.it", "ftp://esempio.it", "javascript:alert(1)", "https://", "https://esempio",
                      "https://esem pio.it", "mailto:info@esempio.it"])
    func rejectsWebURLs(_ value: String) { #expect(!ContactRules.isWebURL(value)) }

    @Test func emptyOptionalFieldsPass() {
        #expect(ContactRules.email(nil) == nil)
        #expect(ContactRules.phone("   ") == nil)
        #expect(ContactRules.webURL("") == nil)
        #expect(ContactRules.email("x", field: "contact_email")?.field == "contact_email")
    }
}

struct TextAndRangeRulesTests {
    @Test func requiredTrimsBlanks() {
        let message = "Inserisci il titolo del servizio"
        #expect(TextRules.required("  \n", field: "title", message: message) == FieldError(field: "title", message: message))
        #expect(TextRules.required(nil, field: "title", message: message) != nil)
        #expect(TextRules.required(" Nido ", field: "title", message: message) == nil)
    }

    @Test func lengthCountsCharactersAtTheLimit() {
        let atLimit = String(repeating: "è", count: 120)
        #expect(TextRules.maxLength(atLimit, max: 120, field: "title", label: "Il titolo") == nil)
        let error = TextRules.maxLength(atLimit + "a", max: 120, field: "title", label: "Il titolo")
        #expect(error?.message == "Il titolo può avere al massimo 120 caratteri (ora sono 121)")
        #expect(TextRules.minLength("ab", min: 3, field: "summary", label: "La descrizione") != nil)
        #expect(TextRules.minLength("abc", min: 3, field: "summary", label: "La descrizione") == nil)
    }

    @Test(arguments: [("assistenza-domiciliare-torino", true), ("nido-2", true), ("a", true),
                      ("Nido", false), ("nido--2", false), ("-nido", false), ("nido-", false),
                      ("città", false), ("nido 2", false)])
    func slugFormat(_ example: (String, Bool)) {
        #expect((TextRules.slug(example.0) == nil) == example.1)
    }

    @Test func costConsistency() {
        #expect(RangeRules.cost(isFree: true, minCents: nil, maxCents: nil).isEmpty)
        #expect(RangeRules.cost(isFree: false, minCents: 500, maxCents: 500).isEmpty)
        #expect(RangeRules.cost(isFree: true, minCents: 100, maxCents: nil).map(\.field) == ["cost_min"])
        #expect(RangeRules.cost(isFree: false, minCents: 900, maxCents: 500).map(\.field) == ["cost_max"])
        #expect(RangeRules.cost(isFree: false, minCents: -1, maxCents: nil).map(\.message) == ["L'importo non può essere negativo"])
    }

    @Test func dateOrder() {
        #expect(RangeRules.dateOrder(from: "2025-01-01", to: "2025-01-01") == nil)
        #expect(RangeRules.dateOrder(from: "2025-02-01", to: "2025-01-31")?.field == "valid_to")
        #expect(RangeRules.dateOrder(from: Date(timeIntervalSince1970: 10), to: Date(timeIntervalSince1970: 5)) != nil)
        #expect(RangeRules.dateOrder(from: nil, to: "2025-01-31") == nil)
    }

    @Test func ageRange() {
        #expect(RangeRules.ageRange(min: 0, max: 120).isEmpty)
        #expect(RangeRules.ageRange(min: 65, max: 18).map(\.field) == ["age_max"])
        #expect(RangeRules.ageRange(min: -1, max: 121).map(\.field) == ["age_min", "age_max"])
    }

    @Test func errorListKeepsOrderAndOneErrorPerField() {
        var list = FieldErrorList()
        list.add(FieldError(field: "title", message: "a"))
        list.add(nil)
        list.add(FieldError(field: "email", message: "b"))
        list.add(FieldError(field: "title", message: "c"))
        #expect(list.errors == [FieldError(field: "title", message: "a"), FieldError(field: "email", message: "b")])
        #expect(list.hasError(for: "email"))
    }
}

struct RecordValidatorTests {
    func validService() -> ServiceDraft {
        ServiceDraft(organizationId: 1, title: "Assistenza domiciliare anziani", slug: "assistenza-domiciliare",
                     summary: "Aiuto a casa per persone anziane.", serviceTypeCode: "assistenza_domiciliare",
                     needCodes: ["anziani"], cost: CostModel(kind: .paid, minCents: 1500, maxCents: 2000),
                     contacts: Contacts(phone: "0174 123456", email: "info@esempio.it", website: "https://esempio.it"),
                     servedTerritoryIds: [42], validFrom: CalendarDay(iso: "2025-01-01"),
                     validTo: CalendarDay(iso: "2025-12-31"), status: .published)
    }

    @Test func acceptsAValidServiceCard() {
        #expect(ServiceValidator().validate(validService()).isEmpty)
    }

    @Test func reportsServiceErrorsInFormOrder() {
        var draft = validService()
        draft.title = "  "
        draft.needCodes = []
        draft.cost = CostModel(kind: .free, minCents: 100)
        draft.contacts.email = "info@"
        draft.validTo = CalendarDay(iso: "2024-12-31")
        draft.servedTerritoryIds = []
        draft.status = .archived
        let errors = ServiceValidator().validate(draft)
        #expect(errors.map(\.field) == ["title", "needs", "cost_min", "contact_email", "valid_to", "archive_reason"])
        #expect(errors.first?.message == "Inserisci il titolo del servizio")
    }

    @Test func publishedCardNeedsAPlace() {
        var draft = validService()
        draft.servedTerritoryIds = []
        #expect(ServiceValidator().validate(draft).map(\.field) == ["territories"])
        draft.status = .draft
        #expect(ServiceValidator().validate(draft).isEmpty)
        draft.locations = [ServiceLocation(comuneId: 0)]
        #expect(ServiceValidator().validate(draft).map(\.field) == ["location_1_comune"])
    }

    @Test func checksOrganizationTaxCodesAndContacts() {
        let good = OrganizationDraft(name: "Cooperativa Esempio", kindCode: "cooperativa_sociale",
                                     taxCode: "01286100019", vatNumber: "01286100019",
                                     contacts: Contacts(email: "coop@esempio.it"), postalCode: "12084")
        #expect(OrganizationValidator().validate(good).isEmpty)
        var bad = good
        bad.name = ""
        bad.taxCode = "RSSMRA85T10A562X"
        bad.vatNumber = "01286100018"
        bad.pec = "pec"
        bad.postalCode = "1208"
        #expect(OrganizationValidator().validate(bad).map(\.field) == ["name", "tax_code", "vat_number", "pec", "postal_code"])
    }
}
