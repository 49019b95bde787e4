import Foundation
import Testing
@testable import Catalog
@testable import Accounts

/// The role table of docs/SECURITY.md must say exactly what `AccessPolicy` does.
@Suite struct SecurityMatrixTests {
    let admin = Operator(id: 1, email: "a@x.it", role: .admin)
    let editor = Operator(id: 2, email: "r@x.it", role: .editor)
    let provider = Operator(id: 3, email: "o@x.it", role: .organizationOperator, organizationIDs: [10])
    let publisher = Operator(id: 4, email: "p@x.it", role: .organizationOperator, organizationIDs: [10], canPublish: true)
    let desk = Operator(id: 5, email: "s@x.it", role: .deskOperator)

    /// Every permission, for organisation `org`. The switch in `name` has no default, so a new
    /// permission does not compile until it is named here (and then the table must list it).
    func all(_ org: Int64) -> [AdminPermission] {
        [.viewDashboard, .viewCards, .createCard(organizationID: org), .editCard(organizationID: org),
         .publishCard(organizationID: org), .markCardVerified(organizationID: org), .manageOrganizations,
         .editOrganization(organizationID: org), .proposeOrganizationChange(organizationID: org), .manageAreas,
         .manageUsers, .viewAuditLog, .importCSV, .exportCSV, .viewContactRequests,
         .handleContactRequests(organizationID: org), .buildDeskPlans, .viewEveryContactRequest,
         .deleteDeskPlan(createdByUserID: desk.id), .viewEveryOverdueCard]
    }

    func name(_ p: AdminPermission) -> String {
        switch p {
        case .viewDashboard: return "viewDashboard"
        case .viewCards: return "viewCards"
        case .createCard: return "createCard"
        case .editCard: return "editCard"
        case .publishCard: return "publishCard"
        case .markCardVerified: return "markCardVerified"
        case .manageOrganizations: return "manageOrganizations"
        case .editOrganization: return "editOrganization"
        case .proposeOrganizationChange: return "proposeOrganizationChange"
        case .manageAreas: return "manageAreas"
        case .manageUsers: return "manageUsers"
        case .viewAuditLog: return "viewAuditLog"
        case .importCSV: return "importCSV"
        case .exportCSV: return "exportCSV"
        case .viewContactRequests: return "viewContactRequests"
        case .handleContactRequests: return "handleContactRequests"
        case .buildDeskPlans: return "buildDeskPlans"
        case .viewEveryContactRequest: return "viewEveryContactRequest"
        case .deleteDeskPlan: return "deleteDeskPlan"
        case .viewEveryOverdueCard: return "viewEveryOverdueCard"
        }
    }

    /// What the policy does for one role, in the table's words.
    func cell(_ user: Operator, _ own: AdminPermission, _ other: AdminPermission) -> String {
        if user.role != .organizationOperator { return AccessPolicy.allows(user, own) && AccessPolicy.allows(user, other) ? "sì" : "no" }
        let plain = (AccessPolicy.allows(provider, own), AccessPolicy.allows(provider, other))
        let enabled = (AccessPolicy.allows(publisher, own), AccessPolicy.allows(publisher, other))
        switch (plain, enabled) {
        case ((true, true), (true, true)): return "sì"
        case ((false, false), (false, false)): return "no"
        case ((true, false), (true, false)): return "propri enti"
        case ((false, false), (true, false)): return "propri enti, se abilitato"
        default: return "?"
        }
    }

    func documentedMatrix() throws -> [String: [String]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/SECURITY.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [String: [String]] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            rows[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = Array(cells.dropFirst())
        }
        return rows
    }

    @Test func theDocumentedRoleMatrixIsTheAccessPolicy() throws {
        let documented = try documentedMatrix()
        let own = all(10), other = all(11)
        #expect(Set(documented.keys) == Set(own.map(name)))
        for (p, q) in zip(own, other) {
            let actual = [cell(admin, p, q), cell(editor, p, q), cell(provider, p, q), cell(desk, p, q)]
            #expect(documented[name(p)] == actual, "\(name(p)): docs say \(documented[name(p)] ?? []), policy says \(actual)")
        }
    }
}
