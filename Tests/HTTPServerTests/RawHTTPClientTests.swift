import Foundation
import Glibc
import HTTPServer
import Testing
import TestSupport

/// A one-connection server that reads whatever arrives, answers with canned bytes, then closes
/// (or stays open when `holdOpen`), to test the client's framing without our engine.
final class CannedServer: Sendable {
    let port: Int
    private let listener: Int32

    init(reply: [UInt8], holdOpenSeconds: Double = 0) throws {
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let fd = listener
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound, listen(fd, 4) == 0 else { throw RawHTTPClientError.connectFailed(errno: errno) }
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread {
            let client = accept(fd, nil, nil)
            var scratch = [UInt8](repeating: 0, count: 4096)
            _ = recv(client, &scratch, scratch.count, 0)
            _ = reply.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if holdOpenSeconds > 0 { Thread.sleep(forTimeInterval: holdOpenSeconds) }
            close(client)
            close(fd)
        }
    }
}

@Suite(.blocking) struct RawHTTPClientTests {
    static func exchange(_ reply: String, expectBody: Bool = true) throws -> (HTTPReply, RawHTTPClient) {
        let server = try CannedServer(reply: Array(reply.utf8))
        let client = try RawHTTPClient(port: server.port)
        return (try client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n", expectBody: expectBody), client)
    }

    @Test func readsContentLengthBodyAndKeepsPipelinedRest() throws {
        let (first, client) = try Self.exchange(
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: b\r\n\r\nhelloHTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno")
        #expect(first.status == 200)
        #expect(first.text == "hello")
        #expect(first["x-a"] == "b")
        let second = try client.readResponse()
        #expect(second.status == 404)
        #expect(second.reason == "Not Found")
        #expect(second.text == "no")
    }

    @Test func readsChunkedBodyWithExtensionsAndTrailers() throws {
        let (reply, _) = try Self.exchange(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n")
        #expect(reply.text == "hello world")
        #expect(reply.wasChunked)
    }

    @Test func readsCloseDelimitedBody() throws {
        let (reply, client) = try Self.exchange("HTTP/1.0 200 OK\r\n\r\nuntil close")
        #expect(reply.text == "until close")
        #expect(client.sawEOF)
    }

    @Test func headAnd304HaveNoBody() throws {
        let (head, client) = try Self.exchange("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nHTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n", expectBody: false)
        #expect(head.body.isEmpty)
        #expect(try client.readResponse().status == 304)
    }

    @Test func reportsEarlyCloseAndMalformedReplies() throws {
        #expect(throws: RawHTTPClientError.closedEarly) { try Self.exchange("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort") }
        #expect(throws: RawHTTPClientError.closedEarly) { try Self.exchange("") }
        #expect(throws: RawHTTPClientError.malformed("bad status line: SSH-2.0")) { try Self.exchange("SSH-2.0\r\n\r\n") }
    }

    @Test func timesOutWhenNothingArrives() throws {
        let server = try CannedServer(reply: [], holdOpenSeconds: 2)
        let client = try RawHTTPClient(port: server.port, timeout: .milliseconds(100))
        #expect(throws: RawHTTPClientError.timedOut) { try client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n") }
    }
}
