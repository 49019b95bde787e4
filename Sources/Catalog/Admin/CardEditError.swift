/// Why a card action was refused (beyond permissions, conflicts and validation).
public enum CardEditError: Error, Equatable, Sendable {
    /// The workflow step does not exist from the card's current state.
    case invalidTransition(from: ServiceStatus, action: WorkflowAction)
    /// Archiving needs a reason.
    case archiveReasonMissing
    /// The revision to restore does not exist.
    case revisionNotFound
    /// The card has no open proposed change.
    case proposalNotFound
    /// Rejecting a proposed change needs a reason.
    case rejectReasonMissing

    /// Italian explanation for the page.
    public var message: String {
        switch self {
        case .invalidTransition(let status, let action):
            return "Non si può «\(action.label.lowercased())» una scheda nello stato «\(status.label.lowercased())»."
        case .archiveReasonMissing:
            return "Spiega perché la scheda è archiviata, ad esempio «progetto concluso nel 2023»"
        case .revisionNotFound:
            return "Versione non trovata."
        case .proposalNotFound:
            return "Non c'è nessuna modifica in attesa di revisione per questa scheda."
        case .rejectReasonMissing:
            return "Spiega perché la modifica è rifiutata, così l'ente può correggerla"
        }
    }
}
