/// Splits fully nested HSDS JSON objects into rows of the tabular package: each nested member
/// named in `HSDSTables.nestedResource` becomes rows of its own table, a missing foreign key to
/// the enclosing object (`service_id` in a phone of a service) is filled in, and shared
/// resources (organisations, taxonomy terms, taxonomies) are emitted once per id.
/// Scalars are written as text (`null` as an empty cell); arrays of scalars as JSON text.
struct HSDSTabularFlattener {
    /// Called with each row: the resource name and one cell per column of its table.
    let emit: (_ resource: String, _ row: [String]) throws -> Void
    private var seen: [String: Set<String>] = [:]
    private static let sharedResources: Set<String> = ["organization", "taxonomy_term", "taxonomy"]
    private static let columns = Dictionary(uniqueKeysWithValues: HSDSTables.all.map { ($0.resource, $0.columns) })

    init(emit: @escaping (_ resource: String, _ row: [String]) throws -> Void) {
        self.emit = emit
    }

    /// `value`, an object of `resource`, and everything nested in it.
    mutating func add(_ value: JSONValue, as resource: String, parent: (resource: String, id: String)? = nil) throws {
        guard case .object(var members) = value, let columns = Self.columns[resource] else { return }
        let id = members.first { $0.0 == "id" }.flatMap { if case .string(let text) = $0.1 { text } else { nil } } ?? ""
        if Self.sharedResources.contains(resource) {
            guard seen[resource, default: []].insert(id).inserted else { return }
        }
        if let parent, columns.contains(parent.resource + "_id"), !members.contains(where: { $0.0 == parent.resource + "_id" }) {
            members.append((parent.resource + "_id", .string(parent.id)))
        }
        var cells: [String: String] = [:]
        var children: [(String, JSONValue)] = []
        for (key, member) in members {
            if let child = HSDSTables.nestedResource[key], Self.isNested(member) {
                children.append((child, member))
            } else if let text = Self.cell(member) {
                cells[key] = text
            }
        }
        try emit(resource, columns.map { cells[$0] ?? "" })
        for (child, member) in children {
            switch member {
            case .array(let items): for item in items { try add(item, as: child, parent: (resource, id)) }
            default: try add(member, as: child, parent: (resource, id))
            }
        }
    }

    private static func isNested(_ value: JSONValue) -> Bool {
        switch value {
        case .object: true
        case .array(let items): items.allSatisfy { if case .object = $0 { true } else { false } }
        default: false
        }
    }

    private static func cell(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .null: ""
        case .object: nil
        case .number, .hundredths, .bool, .array: value.encoded
        }
    }
}
