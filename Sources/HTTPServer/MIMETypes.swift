/// Content types for the static files the portal serves, by file extension (case-insensitive).
/// Text types carry `charset=utf-8`. Unknown extensions are `application/octet-stream`.
public enum MIMETypes {
    /// The `Content-Type` for a file name or path.
    public static func contentType(forPath path: String) -> String {
        let bytes = path.utf8
        let nameStart = bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
        guard let dot = bytes[nameStart...].lastIndex(of: UInt8(ascii: ".")), dot != nameStart else {
            return "application/octet-stream"
        }
        return contentType(forExtension: String(path[bytes.index(after: dot)...]))
    }

    /// The `Content-Type` for an extension without the dot (`css`, `woff2`).
    public static func contentType(forExtension ext: String) -> String {
        switch ext.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "webmanifest": return "application/manifest+json"
        case "txt": return "text/plain; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "xml": return "application/xml"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "pdf": return "application/pdf"
        case "map": return "application/json"
        default: return "application/octet-stream"
        }
    }
}
