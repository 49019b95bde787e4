// A minimal server for `make bench`: the real engine and router with a tiny response and static
// files, no database. Prints `http://127.0.0.1:PORT` once listening (stdout is flushed).
// usage: vetrina-bench-server [--port N] [--public DIR] [--threads N] [--metrics] [--raw] [--page FILE]
// --page FILE serves FILE's bytes from memory at /page (text/html), e.g. a captured card page.
#if canImport(Glibc)
import Glibc
#endif
import HTTPServer

/// Writes a line straight to a file descriptor (unbuffered, so a pipe reader sees it at once).
func writeLine(_ text: String, to fd: Int32) {
    let bytes = Array((text + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
}

struct BenchOptions {
    var port = 0
    var publicDirectory = "Public"
    var eventLoops: Int?
    var withMetrics = false
    /// An HTML file served from memory at `/page`.
    var pageFile: String?
    /// Answer every request with the hello response, bypassing the router (to measure its cost).
    var raw = false

    init(arguments: [String]) {
        var rest = arguments.dropFirst()
        while let flag = rest.popFirst() {
            switch flag {
            case "--port": port = rest.popFirst().flatMap { Int($0) } ?? 0
            case "--public": publicDirectory = rest.popFirst() ?? publicDirectory
            case "--threads": eventLoops = rest.popFirst().flatMap { Int($0) }
            case "--metrics": withMetrics = true
            case "--raw": raw = true
            case "--page": pageFile = rest.popFirst()
            default: writeLine("vetrina-bench-server: unknown flag \(flag)", to: 2)
            }
        }
    }
}

/// Answers everything with one canned response, on the event loop.
struct HelloResponder: HTTPResponder {
    let hello = HTTPResponse(status: .ok, contentType: "text/plain", text: "Hello, world!")
    func respond(to request: HTTPRequest) -> HTTPResponse { hello }
    func runsOnEventLoop(_ head: RequestHead) -> Bool { true }
}

func makeRouter(options: BenchOptions, metrics: ServerMetrics) throws -> Router {
    var router = Router()
    let hello = HTTPResponse(status: .ok, contentType: "text/plain", text: "Hello, world!")
    try router.get("/hello", options: RouteOptions(runsOnEventLoop: true)) { _ in hello }
    try router.get("/metrics", options: RouteOptions(runsOnEventLoop: true), handler: metrics.handler())
    if let pageFile = options.pageFile {
        var headers = HTTPHeaders()
        headers.set("Content-Type", "text/html; charset=utf-8")
        let page = HTTPResponse(status: .ok, headers: headers, body: .bytes(try readFile(pageFile)))
        try router.get("/page", options: RouteOptions(runsOnEventLoop: true)) { _ in page }
    }
    if let files = try? StaticFiles(root: options.publicDirectory) {
        try router.addStaticFiles(files, at: "/static")
    }
    return router
}

/// The whole file's bytes (a benchmark fixture: a missing file is a usage error).
func readFile(_ path: String) throws -> [UInt8] {
    guard let file = fopen(path, "rb") else { throw BenchError.unreadable(path) }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = fread(&chunk, 1, chunk.count, file)
        if n <= 0 { break }
        bytes += chunk[0..<n]
    }
    return bytes
}

enum BenchError: Error { case unreadable(String) }

let options = BenchOptions(arguments: CommandLine.arguments)
let metrics = ServerMetrics()
var configuration = ServerConfiguration(host: "127.0.0.1", port: options.port)
if let loops = options.eventLoops { configuration.eventLoops = loops }
do {
    let router = try makeRouter(options: options, metrics: metrics)
    let server = Server(
        configuration: configuration, responder: options.raw ? HelloResponder() : router,
        observer: options.withMetrics ? metrics : NoObserver())
    try server.start()
    server.installSignalHandlers()
    writeLine("http://127.0.0.1:\(server.port)", to: 1)
    server.waitUntilStopped()
} catch {
    writeLine("vetrina-bench-server: \(error)", to: 2)
    exit(1)
}
