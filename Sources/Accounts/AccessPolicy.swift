/// The single place that decides whether an operator may perform an action.
///
/// Deny by default: every role answers every permission in an exhaustive `switch` (no
/// `default:`), so a new role or permission does not compile until someone decides, and each
/// branch that grants names its permissions one by one. Organisation-scoped permissions are
/// granted to an `operatoreEnte` only for their assigned organisations.
public enum AccessPolicy {
    /// True when `user` may perform `permission`.
    public static func allows(_ user: Operator, _ permission: AdminPermission) -> Bool {
        switch user.role {
        case .admin: adminAllows(permission)
        case .editor: editorAllows(permission)
        case .organizationOperator: operatorAllows(user, permission)
        case .deskOperator: deskAllows(user, permission)
        }
    }

    /// Admins run the whole network, but contact requests go to providers and desk plans to desks
    /// only through their own screens, which admins may also open.
    private static func adminAllows(_ permission: AdminPermission) -> Bool {
        switch permission {
        case .viewDashboard, .viewCards, .createCard, .editCard, .publishCard, .markCardVerified,
             .manageOrganizations, .editOrganization, .proposeOrganizationChange, .manageAreas, .manageUsers,
             .viewAuditLog, .importCSV, .exportCSV, .viewContactRequests, .handleContactRequests, .buildDeskPlans,
             .viewEveryContactRequest, .deleteDeskPlan, .viewEveryOverdueCard:
            return true
        }
    }

    /// Redattori edit and publish any card and organisation; users, areas and the audit log are
    /// the admins'; requests are addressed to providers, and desk plans belong to desks.
    private static func editorAllows(_ permission: AdminPermission) -> Bool {
        switch permission {
        case .viewDashboard, .viewCards, .createCard, .editCard, .publishCard, .markCardVerified,
             .manageOrganizations, .editOrganization, .proposeOrganizationChange, .importCSV, .exportCSV,
             .viewEveryOverdueCard:
            return true
        case .manageAreas, .manageUsers, .viewAuditLog, .viewContactRequests, .handleContactRequests, .buildDeskPlans,
             .viewEveryContactRequest, .deleteDeskPlan:
            return false
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
             .buildDeskPlans, .viewEveryContactRequest, .deleteDeskPlan, .viewEveryOverdueCard:
            return false
        }
    }

    /// A welfare desk operator works with the public catalog and citizens' plans, not with cards.
    private static func deskAllows(_ user: Operator, _ permission: AdminPermission) -> Bool {
        switch permission {
        case .viewDashboard, .buildDeskPlans:
            return true
        case .deleteDeskPlan(let author):
            return author == user.id
        case .viewCards, .createCard, .editCard, .publishCard, .markCardVerified, .manageOrganizations, .editOrganization,
             .proposeOrganizationChange, .manageAreas, .manageUsers, .viewAuditLog, .importCSV, .exportCSV,
             .viewContactRequests, .handleContactRequests, .viewEveryContactRequest, .viewEveryOverdueCard:
            return false
        }
    }
}
