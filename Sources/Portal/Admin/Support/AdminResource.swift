/// Declarations of the admin lists (STYLE 10, after Django's `ModelAdmin` + checks): which table,
/// which columns in which order, which filters, which columns text search reads, page size.
/// `check(_:)` compares a declaration with the real schema; `AdminChecksTests` runs it on every
/// declaration against the migrated database, so a renamed column fails a test, not a page.
struct AdminResource: Sendable {
    enum Filter: Sendable, Equatable {
        case status, organization, need, comune
        case staleFor(months: Int)

        /// The column of the resource's table the filter reads, if any.
        var column: String? {
            switch self {
            case .status: return "status"
            case .organization: return "organization_id"
            case .staleFor: return "last_verified_at"
            case .need, .comune: return nil
            }
        }
    }

    struct Column: Sendable, Equatable {
        var name: String
        var label: String
    }

    /// One problem found by `check`, with a stable id (`admin.E001` …).
    struct Problem: Sendable, Equatable, CustomStringConvertible {
        var id: String
        var message: String
        var description: String { "\(id): \(message)" }
    }

    var id: String
    var table: String
    var columns: [Column]
    var filters: [Filter] = []
    var search: [String] = []
    var perPage = 50

    static let services = AdminResource(
        id: "services", table: "service",
        columns: [Column(name: "title", label: "Titolo"), Column(name: "organization_id", label: "Ente"),
                  Column(name: "status", label: "Stato"), Column(name: "updated_at", label: "Modificata"),
                  Column(name: "last_verified_at", label: "Verificata")],
        filters: [.status, .organization, .need, .comune, .staleFor(months: 12)], search: ["title", "summary"], perPage: 50)

    static let users = AdminResource(
        id: "users", table: "app_user",
        columns: [Column(name: "email", label: "E-mail"), Column(name: "display_name", label: "Nome"),
                  Column(name: "role", label: "Ruolo"), Column(name: "is_active", label: "Stato"),
                  Column(name: "last_sign_in_at", label: "Ultimo accesso")])

    static let auditLog = AdminResource(
        id: "audit", table: "audit_log",
        columns: [Column(name: "at", label: "Quando"), Column(name: "actor", label: "Chi"), Column(name: "action", label: "Azione"),
                  Column(name: "entity_id", label: "Oggetto"), Column(name: "summary", label: "Riepilogo")],
        perPage: 100)

    static let all = [services, users, auditLog]

    /// Problems of this declaration against `schema` (table name → column names).
    func check(_ schema: [String: Set<String>]) -> [Problem] {
        guard let tableColumns = schema[table] else {
            return [Problem(id: "admin.E001", message: "\(id): table \(table) does not exist")]
        }
        var problems: [Problem] = []
        for column in columns where !tableColumns.contains(column.name) {
            problems.append(Problem(id: "admin.E002", message: "\(id): column \(table).\(column.name) does not exist"))
        }
        for column in search where !tableColumns.contains(column) {
            problems.append(Problem(id: "admin.E003", message: "\(id): search column \(table).\(column) does not exist"))
        }
        if !(1...500).contains(perPage) {
            problems.append(Problem(id: "admin.E004", message: "\(id): perPage \(perPage) is outside 1…500"))
        }
        for filter in filters {
            if let column = filter.column, !tableColumns.contains(column) {
                problems.append(Problem(id: "admin.E005", message: "\(id): filter \(filter) needs \(table).\(column)"))
            }
            if case .staleFor(let months) = filter, months < 1 {
                problems.append(Problem(id: "admin.E006", message: "\(id): staleFor needs at least one month"))
            }
        }
        return problems
    }
}
