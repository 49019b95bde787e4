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
    /// Open every organisation's contact requests at once (the queue unfiltered).
    case viewEveryContactRequest
    /// Build, print, save and share citizens' plans at a welfare desk.
    case buildDeskPlans
    /// Delete a saved desk plan, made by the user `createdByUserID` (nil: an account since removed).
    case deleteDeskPlan(createdByUserID: Int64?)
    /// See the overdue cards of every organisation ("Schede da verificare" unfiltered).
    case viewEveryOverdueCard
}
