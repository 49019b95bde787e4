/// The controlled vocabularies of the catalog, each stored in its own table.
public enum Taxonomy: String, Sendable, CaseIterable, Equatable {
    /// Needs (bisogni) a service answers.
    case need
    /// Who a service is for (destinatari).
    case target
    /// How a service is delivered (modalità di fruizione).
    case deliveryMode = "delivery_mode"
    /// Kinds of providing organisations.
    case organizationKind = "organization_kind"
    /// Kinds of services (tipo di servizio).
    case serviceType = "service_type"
    /// Art. 51 TUIR categories under which a corporate welfare plan may pay.
    case tuirCategory = "tuir_category"
    /// Accepted payment methods.
    case paymentMethod = "payment_method"

    /// The SQL table holding the terms (a fixed identifier, never user input).
    var tableName: String { rawValue }

    /// Italian name of the vocabulary, for headings.
    public var label: String {
        switch self {
        case .need: "Bisogni"
        case .target: "Destinatari"
        case .deliveryMode: "Modalità di fruizione"
        case .organizationKind: "Tipi di ente"
        case .serviceType: "Tipi di servizio"
        case .tuirCategory: "Categorie welfare aziendale (art. 51 TUIR)"
        case .paymentMethod: "Modalità di pagamento"
        }
    }
}
