import Accounts
import Testing

/// Every editor names who made a change the same way: the operator's display name, or the
/// e-mail when there is none (areas, feedback, desk plans and users used to record the e-mail).
@Suite struct AuthorNamingTests {
    @Test func anOperatorIsRecordedByDisplayNameElseEmail() {
        let named = Operator(id: 7, email: "anna@ente.it", displayName: "Anna Rossi", role: .editor)
        #expect(Author(named) == Author(userId: 7, name: "Anna Rossi"))
        let unnamed = Operator(id: 8, email: "luca@ente.it", role: .admin)
        #expect(Author(unnamed) == Author(userId: 8, name: "luca@ente.it"))
    }
}
