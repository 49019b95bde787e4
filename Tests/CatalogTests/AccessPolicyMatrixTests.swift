import Testing
@testable import Accounts

/// Every role against every permission: what is not listed as granted here must be denied, so a
/// permission or role added later is refused until this table (and `AccessPolicy`) say otherwise.
@Suite struct AccessPolicyMatrixTests {
    /// The organisation an operator is assigned to, and one they are not.
    static let own: Int64 = 10, other: Int64 = 11

    /// One value of every permission (organisation-scoped ones for both organisations). The
    /// exhaustive `name(of:)` below stops compiling when a permission is added, so it cannot be
    /// left out of this list by accident.
    static let every: [AdminPermission] = [
        .viewDashboard, .viewCards, .manageOrganizations, .manageAreas, .manageUsers, .viewAuditLog, .importCSV,
        .exportCSV, .viewContactRequests, .buildDeskPlans, .viewEveryContactRequest, .viewEveryOverdueCard,
        .deleteDeskPlan(createdByUserID: 6), .deleteDeskPlan(createdByUserID: 99), .deleteDeskPlan(createdByUserID: nil),
    ] + [own, other].flatMap { org in
        [AdminPermission.createCard(organizationID: org), .editCard(organizationID: org), .publishCard(organizationID: org),
         .markCardVerified(organizationID: org), .editOrganization(organizationID: org),
         .proposeOrganizationChange(organizationID: org), .handleContactRequests(organizationID: org)]
    }

    static func name(of permission: AdminPermission) -> String {
        switch permission {
        case .viewDashboard: "viewDashboard"
        case .viewCards: "viewCards"
        case .createCard(let org): "createCard(\(org))"
        case .editCard(let org): "editCard(\(org))"
        case .publishCard(let org): "publishCard(\(org))"
        case .markCardVerified(let org): "markCardVerified(\(org))"
        case .manageOrganizations: "manageOrganizations"
        case .editOrganization(let org): "editOrganization(\(org))"
        case .proposeOrganizationChange(let org): "proposeOrganizationChange(\(org))"
        case .manageAreas: "manageAreas"
        case .manageUsers: "manageUsers"
        case .viewAuditLog: "viewAuditLog"
        case .importCSV: "importCSV"
        case .exportCSV: "exportCSV"
        case .viewContactRequests: "viewContactRequests"
        case .handleContactRequests(let org): "handleContactRequests(\(org))"
        case .buildDeskPlans: "buildDeskPlans"
        case .viewEveryContactRequest: "viewEveryContactRequest"
        case .deleteDeskPlan(let author): "deleteDeskPlan(\(author.map(String.init) ?? "nil"))"
        case .viewEveryOverdueCard: "viewEveryOverdueCard"
        }
    }

    /// What each kind of operator is granted; everything else in `every` must be denied.
    static func granted(_ user: Operator) -> Set<String> {
        let cardWork = ["viewDashboard", "viewCards", "exportCSV"]
        switch user.role {
        case .admin:
            return Set(every.map(name(of:)))
        case .editor:
            return Set(cardWork + ["manageOrganizations", "importCSV", "viewEveryOverdueCard"] + [own, other].flatMap { org in
                ["createCard(\(org))", "editCard(\(org))", "publishCard(\(org))", "markCardVerified(\(org))",
                 "editOrganization(\(org))", "proposeOrganizationChange(\(org))"]
            })
        case .organizationOperator:
            var names = cardWork + ["viewContactRequests"]
            for org in user.organizationIDs.sorted() {
                names += ["createCard(\(org))", "editCard(\(org))", "proposeOrganizationChange(\(org))",
                          "handleContactRequests(\(org))"]
                if user.canPublish { names.append("publishCard(\(org))") }
            }
            return Set(names)
        case .deskOperator:
            // Operator 6 (the desk operator below) deletes only the plans they made.
            return ["viewDashboard", "buildDeskPlans", "deleteDeskPlan(\(user.id))"]
        }
    }

    static let operators: [Operator] = [
        Operator(id: 1, email: "a@x.it", role: .admin),
        Operator(id: 2, email: "r@x.it", role: .editor),
        Operator(id: 3, email: "o@x.it", role: .organizationOperator, organizationIDs: [own]),
        Operator(id: 4, email: "p@x.it", role: .organizationOperator, organizationIDs: [own], canPublish: true),
        Operator(id: 5, email: "n@x.it", role: .organizationOperator),
        Operator(id: 6, email: "s@x.it", role: .deskOperator, organizationIDs: [own], canPublish: true),
    ]

    @Test(arguments: operators)
    func everyPermissionIsDecidedAndTheRestDenied(user: Operator) {
        let expected = Self.granted(user)
        for permission in Self.every {
            let label = Self.name(of: permission)
            #expect(AccessPolicy.allows(user, permission) == expected.contains(label),
                    "\(user.role.rawValue) \(user.organizationIDs.sorted()) \(label)")
        }
    }

    @Test func anOperatorWithoutAssignmentsGetsNoOrganisationScopedPermission() {
        let unassigned = Operator(id: 7, email: "u@x.it", role: .organizationOperator, canPublish: true)
        let scoped = Self.every.filter { Self.name(of: $0).contains("(") }
        #expect(!scoped.isEmpty)
        #expect(scoped.allSatisfy { !AccessPolicy.allows(unassigned, $0) })
    }

    @Test func publishingRightsNeverExtendBeyondTheOperatorsOrganisations() {
        let publisher = Operator(id: 8, email: "q@x.it", role: .organizationOperator, organizationIDs: [Self.own], canPublish: true)
        #expect(AccessPolicy.allows(publisher, .publishCard(organizationID: Self.own)))
        #expect(!AccessPolicy.allows(publisher, .publishCard(organizationID: Self.other)))
        #expect(!AccessPolicy.allows(publisher, .markCardVerified(organizationID: Self.own)))
        #expect(!AccessPolicy.allows(publisher, .editOrganization(organizationID: Self.own)))
    }
}
