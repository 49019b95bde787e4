/// Every action the admin area guards. Card actions carry the card's organisation so the check
/// can honour organisation assignments.
public enum AdminPermission: Sendable, Equatable {
    case viewDashboard
    case viewCards
    case createCard(organizationID: Int64)
    case editCard(organizationID: Int64)
    case publishCard(organizationID: Int64)
    /// "Verificata oggi" on a card: a fact the portal vouches for, so editors and admins only.
    case markCardVerified(organizationID: Int64)
    case manageOrganizations
    /// Change an organisation's public facts live (name, contacts, `verified` badge).
    case editOrganization(organizationID: Int64)
    /// Propose a change to an organisation, which an editor or admin approves (`OrganizationEditor`).
    case proposeOrganizationChange(organizationID: Int64)
    case manageAreas
    case manageUsers
    case viewAuditLog
    case importCSV
    case exportCSV
}

/// The single place that decides whether an operator may perform an action (deny by default).
public enum AccessPolicy {
    /// True when `user` may perform `permission`.
    public static func allows(_ user: Operator, _ permission: AdminPermission) -> Bool {
        switch user.role {
        case .admin:
            return true
        case .editor:
            switch permission {
            case .manageUsers, .manageAreas, .viewAuditLog: return false
            default: return true
            }
        case .organizationOperator:
            return operatorAllows(user, permission)
        }
    }

    private static func operatorAllows(_ user: Operator, _ permission: AdminPermission) -> Bool {
        switch permission {
        case .viewDashboard, .viewCards, .exportCSV:
            return true
        case .createCard(let org), .editCard(let org), .proposeOrganizationChange(let org):
            return user.organizationIDs.contains(org)
        case .publishCard(let org):
            return user.canPublish && user.organizationIDs.contains(org)
        case .editOrganization, .markCardVerified, .manageOrganizations, .manageAreas, .manageUsers, .viewAuditLog, .importCSV:
            return false
        }
    }
}
