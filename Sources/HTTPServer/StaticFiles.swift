/// Serves the files under one directory (the portal's `Public/`), safely:
///
/// - the relative path is checked segment by segment: empty, `.`, `..`, hidden (`.name`)
///   segments, backslashes, NUL and other control characters give 404;
/// - the joined path is resolved with `realpath(3)` and must stay inside the root's real path,
///   so a symlink pointing outside is refused; only regular files are served;
/// - `ETag` (from size and modification time) and `Last-Modified` are sent, and a matching
///   `If-None-Match` (which takes precedence) or `If-Modified-Since` gives 304 (RFC 9110 §13.1, §13.2.2);
/// - the body is a `FileRegion`, which the server writes with `sendfile(2)`.
///
/// Nothing is cached in memory: each request costs a `realpath` and a `stat`.
public struct StaticFiles: Sendable {
    /// The root directory's real path (symlinks resolved, no trailing `/`).
    public let root: String
    /// The `Cache-Control` value sent with every file and 304.
    public var cacheControl: String

    /// - Parameters:
    ///   - root: the directory to serve; resolved once here.
    ///   - cacheControl: sent as is; default one hour, public.
    /// - Throws: `StaticFilesError.rootNotFound` when `root` is not an existing directory.
    public init(root: String, cacheControl: String = "public, max-age=3600") throws(StaticFilesError) {
        guard let real = FileSystem.realPath(root), FileSystem.info(real)?.isDirectory == true else {
            throw .rootNotFound(root)
        }
        self.root = real == "/" ? "" : real
        self.cacheControl = cacheControl
    }

    /// The response for the file at `relativePath` (decoded, `/`-separated, no leading `/`).
    /// Only `GET` and `HEAD` are served; other methods get 405 with `Allow`.
    public func respond(to request: HTTPRequest, relativePath: String) -> HTTPResponse {
        guard request.method == .get || request.method == .head else {
            var response = RouterPages.plain(.methodNotAllowed)
            response.headers.set("Allow", "GET, HEAD")
            return response
        }
        guard let (path, info) = resolve(relativePath) else { return RouterPages.plain(.notFound) }
        let validators = FileValidators(info)
        var headers = HTTPHeaders()
        headers.add("ETag", validators.etag)
        headers.add("Last-Modified", HTTPDate.format(secondsSince1970: validators.lastModified))
        headers.add("Cache-Control", cacheControl)
        if validators.isNotModified(for: request.headers) {
            return HTTPResponse(status: .notModified, headers: headers)
        }
        headers.add("Content-Type", MIMETypes.contentType(forPath: path))
        return HTTPResponse(status: .ok, headers: headers, body: .file(FileRegion(path: path, offset: 0, length: info.size)))
    }

    /// A route handler serving the file named by the path parameter `parameter`
    /// (register it on a catch-all, e.g. `/static/{path...}`).
    public func handler(parameter: String = "path") -> RouteHandler {
        { request in respond(to: request, relativePath: request.pathParameters[parameter] ?? "") }
    }

    /// A route handler always serving one file, e.g. `robots.txt` for `/robots.txt`.
    func fileHandler(_ relativePath: String) -> RouteHandler {
        { request in respond(to: request, relativePath: relativePath) }
    }

    /// The real path and facts of a servable file, or nil.
    func resolve(_ relativePath: String) -> (String, FileInfo)? {
        guard Self.isSafe(relativePath),
              let real = FileSystem.realPath(root + "/" + relativePath),
              real.hasPrefix(root + "/"),
              let info = FileSystem.info(real), info.isRegularFile
        else { return nil }
        return (real, info)
    }

    /// Whether every segment is an ordinary, visible name: not empty, not starting with `.`
    /// (so no `.`, `..` or hidden files), no backslash and no control characters.
    static func isSafe(_ relativePath: String) -> Bool {
        var atSegmentStart = true
        for byte in relativePath.utf8 {
            if byte == UInt8(ascii: "/") {
                if atSegmentStart { return false }  // empty segment
                atSegmentStart = true
                continue
            }
            if atSegmentStart, byte == UInt8(ascii: ".") { return false }
            if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") { return false }
            atSegmentStart = false
        }
        return !atSegmentStart  // also refuses "" and a trailing "/"
    }
}

/// Why `StaticFiles` could not be set up.
public enum StaticFilesError: Error, Equatable, Sendable {
    /// The root is missing or not a directory.
    case rootNotFound(String)
}

extension Router {
    /// Serves `files` under `prefix` (e.g. `/static` answers `/static/css/site.css`) with
    /// `GET`/`HEAD`; the route runs on the event loop (a `realpath` and a `stat`, no reads).
    /// - Throws: `RouterError` when the prefix is not a valid template.
    public mutating func addStaticFiles(_ files: StaticFiles, at prefix: String = "/static") throws(RouterError) {
        let base = prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
        try get(base + "/{path...}", options: RouteOptions(runsOnEventLoop: true), handler: files.handler(parameter: "path"))
    }

    /// Serves one file of `files` at `path` (e.g. `/robots.txt`, `/favicon.ico`).
    /// - Throws: `RouterError` when `path` is not a valid template.
    public mutating func addStaticFile(_ files: StaticFiles, path: String, file: String) throws(RouterError) {
        try get(path, options: RouteOptions(runsOnEventLoop: true), handler: files.fileHandler(file))
    }
}
