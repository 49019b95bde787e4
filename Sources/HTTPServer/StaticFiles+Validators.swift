/// `ETag` and `Last-Modified` of a file, and the conditional-request rules of RFC 9110 §13.
struct FileValidators {
    /// A strong entity tag from size and modification time in nanoseconds.
    let etag: String
    /// Modification time, whole seconds (HTTP-dates have one-second resolution).
    let lastModified: Int

    init(_ info: FileInfo) {
        etag = "\"" + String(info.size, radix: 16) + "-" + String(info.modifiedSeconds, radix: 16)
            + "-" + String(info.modifiedNanoseconds, radix: 16) + "\""
        lastModified = info.modifiedSeconds
    }

    /// Whether a GET/HEAD with these headers should get 304: `If-None-Match` decides when present
    /// (weak comparison, `*` matches, §13.1.2); otherwise `If-Modified-Since` (§13.1.3), ignored
    /// when it is not a valid HTTP-date.
    func isNotModified(for headers: HTTPHeaders) -> Bool {
        let noneMatch = headers.values(for: "If-None-Match")
        if !noneMatch.isEmpty {
            return noneMatch.contains { Self.list($0, contains: etag) }
        }
        guard let since = headers["If-Modified-Since"], let date = HTTPDate.parse(since) else { return false }
        return lastModified <= date
    }

    /// Whether a comma-separated `If-None-Match` list holds `*` or `tag` (weakly compared).
    static func list(_ value: String, contains tag: String) -> Bool {
        let opaque = tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag
        return value.split(separator: ",").contains { member in
            let trimmed = member.trimmingSpacesAndTabs()
            if trimmed == "*" { return true }
            let candidate = trimmed.hasPrefix("W/") ? trimmed.dropFirst(2) : trimmed
            return candidate == opaque
        }
    }
}
