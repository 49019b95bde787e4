import Foundation
import Crypto

/// Name-based UUIDs for records that have no stored UUID (locations, taxonomy terms, phones…):
/// the first 16 bytes of SHA-256("vetrina:" + name) with the RFC 9562 version 8 ("custom") and
/// variant bits set. The same name always gives the same UUID, in every portal, so open data
/// exports keep their ids from one run to the next and across an export → import round trip.
public enum StableUUID {
    /// The UUID for `parts` joined with `/`, e.g. `["taxonomy_term", "need", "anziani"]`.
    public static func make(_ parts: String...) -> UUID { make(parts) }

    /// The UUID for `parts` joined with `/`.
    static func make(_ parts: [String]) -> UUID {
        var bytes = Array(SHA256.hash(Array(("vetrina:" + parts.joined(separator: "/")).utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}

extension UUID {
    /// Lowercase text form, as stored and as written in open data.
    public var lowercasedString: String { uuidString.lowercased() }
}
