import Foundation

/// One `NNNN_what.sql` file of the migrations directory.
public struct MigrationFile: Sendable, Equatable {
    /// The number prefix, e.g. 1 for `0001_initial.sql`.
    public var version: Int
    /// The file name, e.g. `0001_initial.sql`.
    public var name: String
    /// The SQL script.
    public var sql: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public var checksum: String

    /// Memberwise initialiser.
    init(version: Int, name: String, sql: String, checksum: String) {
        self.version = version
        self.name = name
        self.sql = sql
        self.checksum = checksum
    }

    /// Parses the version from a name like `0001_initial.sql`: four digits, `_`, lowercase
    /// letters, digits or `_`, `.sql`. Returns `nil` for any other name.
    public static func version(fromName name: String) -> Int? {
        guard name.hasSuffix(".sql") else { return nil }
        let stem = name.dropLast(4)
        let digits = stem.prefix(4)
        let rest = stem.dropFirst(4)
        guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              rest.first == "_", rest.count > 1,
              rest.dropFirst().allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" })
        else { return nil }
        return Int(digits)
    }
}
