import Foundation

/// The JSON stored in `revision.snapshot_json`: the whole card at one version.
public struct RevisionSnapshot: Sendable, Equatable, Codable {
    /// The service's stable identifier.
    public var uuid: UUID
    /// The version recorded.
    public var version: Int
    /// Every editable field and relation.
    public var fields: ServiceDraft

    /// The snapshot of `service`.
    init(service: Service) {
        uuid = service.uuid
        version = service.version
        fields = service.fields
    }

    /// Compact JSON with sorted keys; dates as unix seconds.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Parses a stored snapshot.
    /// - Throws: `DecodingError` when the JSON does not match.
    public static func decode(_ json: String) throws -> RevisionSnapshot {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(RevisionSnapshot.self, from: Data(json.utf8))
    }
}
