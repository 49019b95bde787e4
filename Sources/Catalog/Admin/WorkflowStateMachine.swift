import Accounts

/// A step an operator can ask for on a card.
public enum WorkflowAction: String, Sendable, CaseIterable {
    case submitForReview = "invia-revisione"
    case publish = "pubblica"
    case returnToDraft = "riporta-bozza"
    case archive = "archivia"
    case restore = "ripristina"

    /// The button label.
    public var label: String {
        switch self {
        case .submitForReview: return "Invia in revisione"
        case .publish: return "Pubblica"
        case .returnToDraft: return "Riporta in bozza"
        case .archive: return "Archivia"
        case .restore: return "Riattiva come bozza"
        }
    }
}

/// Which workflow steps exist, and who may take them:
/// draft → in_review → published → archived, plus the way back.
///
/// Editors of a card may submit it and pull it back to draft; publishing, archiving and
/// reactivating need the publish permission (admin, redattore, or an operatore ente allowed to publish).
public enum WorkflowStateMachine {
    /// The state after `action` from `status`, or nil when that step does not exist.
    public static func target(of action: WorkflowAction, from status: ServiceStatus) -> ServiceStatus? {
        // Exhaustive over both (no `default:`): a new action or status must say where it leads.
        switch (action, status) {
        case (.submitForReview, .draft): return .inReview
        case (.submitForReview, .inReview), (.submitForReview, .published), (.submitForReview, .archived): return nil
        case (.publish, .draft), (.publish, .inReview): return .published
        case (.publish, .published), (.publish, .archived): return nil
        case (.returnToDraft, .inReview), (.returnToDraft, .published): return .draft
        case (.returnToDraft, .draft), (.returnToDraft, .archived): return nil
        case (.archive, .published), (.archive, .draft), (.archive, .inReview): return .archived
        case (.archive, .archived): return nil
        case (.restore, .archived): return .draft
        case (.restore, .draft), (.restore, .inReview), (.restore, .published): return nil
        }
    }

    /// The permission `action` needs on a card of `organizationID`.
    static func permission(for action: WorkflowAction, organizationID: Int64) -> AdminPermission {
        switch action {
        case .submitForReview, .returnToDraft: return .editCard(organizationID: organizationID)
        case .publish, .archive, .restore: return .publishCard(organizationID: organizationID)
        }
    }

    /// The actions `user` may take on a card in `status` owned by `organizationID`, in button order.
    public static func availableActions(for user: Operator, status: ServiceStatus, organizationID: Int64) -> [WorkflowAction] {
        WorkflowAction.allCases.filter { action in
            target(of: action, from: status) != nil
                && AccessPolicy.allows(user, permission(for: action, organizationID: organizationID))
        }
    }
}
