/// A card flattened to labelled text fields, in display order, for diffs and the conflict screen.
/// `key` is stable (the form field name); `label` is the Italian field name shown to people.
public struct FieldSnapshot: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public var key: String
        public var label: String
        public var value: String

        init(key: String, label: String, value: String) {
            self.key = key
            self.label = label
            self.value = value
        }
    }

    public var fields: [Field]

    public init(_ fields: [Field]) { self.fields = fields }

    /// The value for `key`, or "" when absent.
    public subscript(key: String) -> String { fields.first { $0.key == key }?.value ?? "" }
}

/// One field that differs between two versions.
public struct FieldChange: Sendable, Equatable {
    public var key: String
    public var label: String
    public var before: String
    public var after: String

    init(key: String, label: String, before: String, after: String) {
        self.key = key
        self.label = label
        self.before = before
        self.after = after
    }

    /// A one-line Italian summary for the audit log and history list ("Titolo: «a» → «b»"),
    /// with long values shortened.
    public var summary: String {
        "\(label): «\(Self.shorten(before))» → «\(Self.shorten(after))»"
    }

    static func shorten(_ text: String, limit: Int = 60) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}

/// Field-by-field comparison of two snapshots, in the order of `after` then fields only in `before`.
public enum RevisionDiff {
    /// The fields whose value differs (a field missing on one side counts as empty).
    public static func changes(from before: FieldSnapshot, to after: FieldSnapshot) -> [FieldChange] {
        var seen = Set<String>()
        var result: [FieldChange] = []
        for field in after.fields + before.fields where seen.insert(field.key).inserted {
            let old = before[field.key], new = after[field.key]
            if old != new { result.append(FieldChange(key: field.key, label: field.label, before: old, after: new)) }
        }
        return result
    }

    /// Summary of all changes for the audit log, at most `limit` fields named.
    static func summary(_ changes: [FieldChange], limit: Int = 5) -> String {
        if changes.isEmpty { return "Nessuna modifica" }
        let named = changes.prefix(limit).map(\.summary).joined(separator: "; ")
        return changes.count > limit ? named + "; e altri \(changes.count - limit) campi" : named
    }

    /// Lines of a multi-line value that were removed or added, for a readable diff of long texts
    /// (a longest-common-subsequence diff; fine for the few hundred lines of a card field).
    static func lineDiff(_ before: String, _ after: String) -> [LineChange] {
        let a = before.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = after.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard a.count * b.count <= 250_000 else {
            return a.map { .removed($0) } + b.map { .added($0) }
        }
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var i = 0, j = 0, out: [LineChange] = []
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] { out.append(.same(a[i])); i += 1; j += 1 }
            else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] { out.append(.added(b[j])); j += 1 }
            else { out.append(.removed(a[i])); i += 1 }
        }
        return out
    }
}

/// One line in a line diff.
enum LineChange: Sendable, Equatable {
    case same(String)
    case removed(String)
    case added(String)
}
