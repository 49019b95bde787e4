// The Hummingbird 2 side of scripts/bench_http.py, serving what vetrina-bench-server serves:
//   GET /hello        "Hello, world!" (text/plain)
//   GET /page         the bytes of PAGE_FILE from memory (text/html), the card page scenario
//   GET /static/...   files under PUBLIC_DIR (FileMiddleware)
// usage: HBReference PORT [PUBLIC_DIR] [PAGE_FILE]
import Foundation
import Hummingbird

let arguments = CommandLine.arguments
let port = arguments.count > 1 ? Int(arguments[1]) ?? 8080 : 8080
let publicDirectory = arguments.count > 2 ? arguments[2] : "Public"
let pageBytes = arguments.count > 3 ? (FileManager.default.contents(atPath: arguments[3]) ?? Data()) : Data()
let page = ByteBuffer(bytes: pageBytes)

let router = Router()
router.middlewares.add(FileMiddleware(publicDirectory, urlBasePath: "/static", searchForIndexHtml: false))
router.get("hello") { _, _ in "Hello, world!" }
router.get("page") { _, _ -> Response in
    Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: page))
}
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
print("http://127.0.0.1:\(port)")
try await app.runService()
