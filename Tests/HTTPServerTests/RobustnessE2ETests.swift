import Foundation
import Testing
@testable import HTTPServer
@testable import Storage
import TestSupport

@Suite(.blocking) struct RobustnessE2ETests {
    /// CL.TE / TE.CL / TE.TE attempts: the server refuses the first request and never answers a
    /// second one hidden in its body.
    @Test(arguments: [
        "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n",
        "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n5c\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n0\r\n\r\n",
        "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nTransfer-encoding: x\r\n\r\n0\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n",
        "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\nContent-Length: 40\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n",
        "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n",
        "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n0\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n",
    ])
    func smuggledRequestsAreNeverAnswered(raw: String) throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.write(raw)
        let first = try client.readResponse()
        #expect(first.status >= 400)
        #expect(first["Connection"] == "close")
        #expect(client.waitForClose())
        #expect(!live.observer.completed.contains { $0.path == "/hello" })
    }

    @Test func bodyBytesAreNeverReadAsARequest() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        let inner = "GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"
        try client.write("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: \(inner.utf8.count)\r\n\r\n" + inner)
        #expect(try client.readResponse().text == inner)
        #expect(live.observer.completed.map(\.path) == ["/echo"])
    }

    @Test func abruptDisconnectsDoNotDisturbTheServer() throws {
        let live = try LiveServer()
        defer { live.stop() }
        for raw in ["GET /hel", "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\nabc",
                    "GET /slow?ms=50 HTTP/1.1\r\nHost: t\r\n\r\n", "GET /size?n=5000000 HTTP/1.1\r\nHost: t\r\n\r\n"] {
            let client = try live.client()
            try client.write(raw)
            client.reset()  // close with RST
        }
        #expect(waitUntil { live.observer.closed >= 4 }, "the server has dropped the four reset connections")
        let client = try live.client()
        try client.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == "hello")
    }

    @Test func servesManyConcurrentClients() async throws {
        let live = try LiveServer()
        defer { live.stop() }
        let port = live.port
        let ok = await withTaskGroup(of: Int.self) { group in
            for i in 0..<200 {
                group.addTask {
                    guard let client = try? RawHTTPClient(port: port) else { return 0 }
                    var good = 0
                    for j in 0..<10 {
                        let path = (i + j) % 3 == 0 ? "/slow?ms=1" : "/echo"
                        let body = "c\(i)r\(j)"
                        try? client.write("POST \(path) HTTP/1.1\r\nHost: t\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
                        guard let r = try? client.readResponse() else { return good }
                        if r.status == 200 && (path != "/echo" || r.text == body) { good += 1 }
                    }
                    return good
                }
            }
            return await group.reduce(0, +)
        }
        #expect(ok == 2000)
    }

    @Test func slowReaderIsThrottledAndThenServed() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client(timeout: .seconds(10))
        let size = 4 * 1024 * 1024
        // Many pipelined large responses while not reading: the server must stop decoding.
        let one = "GET /size?n=\(size) HTTP/1.1\r\nHost: t\r\n\r\n"
        try client.write(String(repeating: one, count: 8))
        usleep(1_500_000)  // long enough that a server without backpressure would have answered all 8
        let answered = live.observer.completed.count
        #expect(answered < 8, "server kept producing output for a reader that does not read")
        for _ in 0..<8 { #expect(try client.readResponse().body.count == size) }
    }

    @Test func receivesLargeBodiesIntact() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client(timeout: .seconds(10))
        let body = (0..<1_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try client.write("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: \(body.count)\r\n\r\n")
        try client.write(body)
        #expect(try client.readResponse().body == body)
        var chunked: [UInt8] = Array("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
        for start in stride(from: 0, to: body.count, by: 65_000) {
            let piece = body[start..<min(body.count, start + 65_000)]
            chunked += Array(String(piece.count, radix: 16).utf8) + [13, 10] + piece + [13, 10]
        }
        chunked += Array("0\r\n\r\n".utf8)
        try client.write(chunked)
        #expect(try client.readResponse().body == body)
    }

    /// Seeded mutations of valid requests, sent over real sockets: whatever the decoder says, the
    /// engine answers or closes, and keeps serving everyone else.
    @Test func survivesMutatedRequestsOverTheWire() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let seeds = [
            "GET /hello HTTP/1.1\r\nHost: t\r\n\r\n",
            "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello",
            "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
            "GET /slow?ms=1 HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\n\r\n",
        ].map { Array($0.utf8) }
        var seed: UInt64 = 0x5EED
        for i in 0..<150 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            var bytes = seeds[i % seeds.count] + seeds[(i + 1) % seeds.count]
            for _ in 0..<(1 + Int(seed >> 60)) {
                let at = Int((seed >> 20) % UInt64(bytes.count))
                bytes[at] = UInt8(truncatingIfNeeded: seed >> (8 * UInt64(i % 7)))
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
            }
            let client = try live.client(timeout: .seconds(2))
            try? client.write(bytes)
            client.shutdownWrite()
            _ = client.waitForClose()
        }
        let client = try live.client()
        try client.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == "hello")
    }

    @Test func reportsAPortInUseClearly() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let second = Server(configuration: ServerConfiguration(port: live.port), responder: TestResponder())
        #expect(throws: ServerError.addressInUse(host: "127.0.0.1", port: live.port)) { try second.start() }
        #expect("\(ServerError.addressInUse(host: "127.0.0.1", port: 1))".contains("already in use"))
        let bad = Server(configuration: ServerConfiguration(host: "no such host.invalid", port: 0), responder: TestResponder())
        #expect(throws: ServerError.invalidHost("no such host.invalid")) { try bad.start() }
    }
}
