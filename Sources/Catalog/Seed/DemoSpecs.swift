/// Shapes of the demo data, resolved against the database by `DemoCatalogSeeder`.

/// A territory named by stable keys rather than row ids.
enum DemoTerritory {
    case comune(String)      // official name, e.g. "Mondovì"
    case area(String)        // area code, e.g. "distretto-pinerolese"
    case province(String)    // sigla, e.g. "CN"
    case region
}

/// A custom area: a named set of comuni.
struct DemoArea {
    var code: String
    var name: String
    var kind: AreaKind
    var description: String
    var comuni: [String]
}

/// A real organisation from the source reports. Unknown facts stay `nil`.
struct DemoOrganization {
    var slug: String
    var name: String
    var kind: String
    var description: String
    var comune: String?
    var address: String? = nil
    var postalCode: String? = nil
    var phone: String? = nil
    var email: String? = nil
    var website: String? = nil
}

/// A place where a demo service is delivered.
struct DemoPlace {
    var comune: String
    var name: String = ""
    var address: String? = nil
    var postalCode: String? = nil
}

/// One demo card. Texts default to honest "to be checked" wording.
struct DemoService {
    var key: String
    var organization: String
    var title: String
    var summary: String
    var description: String
    var type: String
    var needs: [String]
    var targets: [String]
    var modes: [String]
    var audience: String
    var howToAccess: String = DemoText.askTheProvider
    var requiredDocuments: String = DemoText.toBeChecked
    var outcome: String = ""
    var times: String = ""
    var conditions: String = ""
    var cost = CostModel(kind: .unknown, notes: DemoText.costToBeChecked)
    var tuir: String? = nil
    var welfareNotes: String = ""
    var contacts = Contacts()
    var places: [DemoPlace] = []
    var served: [DemoTerritory] = []
    var validFrom: String? = nil
    var validTo: String? = nil
    var archiveReason: String? = nil
}

/// Standard Italian wording for facts the sources do not give.
enum DemoText {
    static let source = "dati dimostrativi, fonte: mappatura 2022 — verificare con l'ente"
    /// The date the demo facts come from (the 2022 mapping), shown instead of the seeding date.
    static let factsDate = "2022-12-31"
    static let toBeChecked = "Da verificare con l'ente."
    static let costToBeChecked = "Costo da verificare con l'ente."
    static let askTheProvider = "Contattare l'ente per sapere come accedere: modalità da verificare."
    static let welfareToBeChecked = "Verificare con l'ente e con il proprio datore di lavoro se il servizio può essere pagato con il credito welfare."
}
