import Foundation
import Testing
@testable import HTTPServer
import TestSupport

@Suite(.blocking) struct SocketAnomalyTests {
    func start(_ io: FlakySocketOperations, observer: RecordingObserver = RecordingObserver()) throws -> Server {
        var config = ServerConfiguration(port: 0)
        config.eventLoops = 1
        config.workerThreads = 2
        let server = Server(configuration: config, responder: TestResponder(), observer: observer, log: { _ in }, io: io)
        try server.start()
        return server
    }

    @Test func shortWritesAndInterruptsStillDeliverWholeResponsesInOrder() throws {
        let io = FlakySocketOperations(maxWrite: 7, interruptEvery: 3)
        let server = try start(io)
        defer { server.shutdown(gracePeriod: .seconds(1)) }
        let client = try RawHTTPClient(port: server.port, timeout: .seconds(10))
        try client.write("GET /size?n=20000 HTTP/1.1\r\nHost: t\r\n\r\nPOST /echo HTTP/1.1\r\nHost: t\r\n"
            + "Content-Length: 11\r\n\r\nhello worldHEAD /hello HTTP/1.1\r\nHost: t\r\n\r\nGET /slow?ms=1&tag=z HTTP/1.1\r\nHost: t\r\n\r\n")
        let big = try client.readResponse()
        #expect(big.body == [UInt8](repeating: 120, count: 20000))
        #expect(try client.readResponse().text == "hello world")
        #expect(try client.readResponse(expectBody: false)["Content-Length"] == "5")
        #expect(try client.readResponse().text == "slow z")
    }

    @Test func aResetConnectionIsClosedAndOthersAreServed() throws {
        let io = FlakySocketOperations()
        let observer = RecordingObserver()
        let server = try start(io, observer: observer)
        defer { server.shutdown(gracePeriod: .seconds(1)) }
        let victim = try RawHTTPClient(port: server.port)
        try victim.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        _ = try victim.readResponse()
        io.resetNextRead()
        try victim.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(victim.waitForClose())
        let other = try RawHTTPClient(port: server.port)
        try other.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try other.readResponse().text == "hello")
        #expect(observer.completed.count == 2)
    }
}
