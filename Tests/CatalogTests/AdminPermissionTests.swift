import Testing
@testable import Catalog
@testable import Accounts

@Suite struct AdminPermissionTests {
    let admin = Operator(id: 1, email: "a@x.it", role: .admin)
    let editor = Operator(id: 2, email: "r@x.it", role: .editor)
    let provider = Operator(id: 3, email: "o@x.it", role: .organizationOperator, organizationIDs: [10])
    let publishingProvider = Operator(id: 4, email: "p@x.it", role: .organizationOperator, organizationIDs: [10], canPublish: true)

    @Test func adminMayDoEverything() {
        for p in [AdminPermission.manageUsers, .manageAreas, .viewAuditLog, .importCSV, .publishCard(organizationID: 99)] {
            #expect(AccessPolicy.allows(admin, p))
        }
    }

    @Test func redattoreEditsAndPublishesAnyCardButNotUsersAreasAudit() {
        #expect(AccessPolicy.allows(editor, .editCard(organizationID: 99)))
        #expect(AccessPolicy.allows(editor, .publishCard(organizationID: 99)))
        #expect(AccessPolicy.allows(editor, .manageOrganizations))
        #expect(AccessPolicy.allows(editor, .importCSV))
        #expect(!AccessPolicy.allows(editor, .manageUsers))
        #expect(!AccessPolicy.allows(editor, .manageAreas))
        #expect(!AccessPolicy.allows(editor, .viewAuditLog))
    }

    @Test func operatoreEnteIsLimitedToAssignedOrganisations() {
        #expect(AccessPolicy.allows(provider, .editCard(organizationID: 10)))
        #expect(AccessPolicy.allows(provider, .createCard(organizationID: 10)))
        #expect(!AccessPolicy.allows(provider, .editCard(organizationID: 11)))
        #expect(!AccessPolicy.allows(provider, .createCard(organizationID: 11)))
        #expect(!AccessPolicy.allows(provider, .publishCard(organizationID: 10)))
        #expect(AccessPolicy.allows(publishingProvider, .publishCard(organizationID: 10)))
        #expect(!AccessPolicy.allows(publishingProvider, .publishCard(organizationID: 11)))
        for p in [AdminPermission.manageUsers, .manageAreas, .viewAuditLog, .importCSV, .manageOrganizations] {
            #expect(!AccessPolicy.allows(publishingProvider, p))
        }
    }

    @Test func workflowGraphFollowsDraftReviewPublishedArchived() {
        #expect(WorkflowStateMachine.target(of: .submitForReview, from: .draft) == .inReview)
        #expect(WorkflowStateMachine.target(of: .publish, from: .inReview) == .published)
        #expect(WorkflowStateMachine.target(of: .archive, from: .published) == .archived)
        #expect(WorkflowStateMachine.target(of: .restore, from: .archived) == .draft)
        #expect(WorkflowStateMachine.target(of: .publish, from: .archived) == nil)
        #expect(WorkflowStateMachine.target(of: .submitForReview, from: .published) == nil)
        #expect(WorkflowStateMachine.target(of: .restore, from: .draft) == nil)
    }

    @Test func actionsOfferedDependOnRole() {
        #expect(WorkflowStateMachine.availableActions(for: provider, status: .draft, organizationID: 10) == [.submitForReview])
        #expect(WorkflowStateMachine.availableActions(for: provider, status: .inReview, organizationID: 10) == [.returnToDraft])
        #expect(WorkflowStateMachine.availableActions(for: provider, status: .draft, organizationID: 11) == [])
        #expect(WorkflowStateMachine.availableActions(for: editor, status: .inReview, organizationID: 11)
            == [.publish, .returnToDraft, .archive])
        #expect(WorkflowStateMachine.availableActions(for: publishingProvider, status: .archived, organizationID: 10) == [.restore])
    }
}
