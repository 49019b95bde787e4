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
    /// Open the queue of firms' contact requests (issue 10); rows are filtered by the next one.
    case viewContactRequests
    /// Read and move on the contact requests addressed to an organisation.
    case handleContactRequests(organizationID: Int64)
    /// Build, print, save and share citizens' plans at a welfare desk.
    case buildDeskPlans
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
            // Requests are addressed to providers, and desk plans belong to desks.
            case .viewContactRequests, .handleContactRequests, .buildDeskPlans: return false
            default: return true
            }
        case .organizationOperator:
            return operatorAllows(user, permission)
        case .deskOperator:
            return deskAllows(permission)
        }
    }

    private static func operatorAllows(_ user: Operator, _ permission: AdminPermission) -> Bool {
        switch permission {
        case .viewDashboard, .viewCards, .exportCSV, .viewContactRequests:
            return true
        case .handleContactRequests(let org):
            return user.organizationIDs.contains(org)
        case .createCard(let org), .editCard(let org), .proposeOrganizationChange(let org):
            return user.organizationIDs.contains(org)
        case .publishCard(let org):
            return user.canPublish && user.organizationIDs.contains(org)
        case .editOrganization, .markCardVerified, .manageOrganizations, .manageAreas, .manageUsers, .viewAuditLog, .importCSV,
             .buildDeskPlans:
            return false
        }
    }

    /// A welfare desk operator works with the public catalog and citizens' plans, not with cards.
    private static func deskAllows(_ permission: AdminPermission) -> Bool {
        switch permission {
        case .viewDashboard, .buildDeskPlans:
            return true
        case .viewCards, .createCard, .editCard, .publishCard, .markCardVerified, .manageOrganizations, .editOrganization,
             .proposeOrganizationChange, .manageAreas, .manageUsers, .viewAuditLog, .importCSV, .exportCSV,
             .viewContactRequests, .handleContactRequests:
            return false
        }
    }
}
