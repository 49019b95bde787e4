import Foundation
import Testing
@testable import HTTPServer
import TestSupport

/// Socket calls that misbehave in ways the kernel allows: short writes, EINTR, resets.
final class FlakySocketOperations: SocketOperations, @unchecked Sendable {
    private let lock = NSLock()
    private var calls = 0
    private var resetPending = false
    let maxWrite: Int
    let interruptEvery: Int

    init(maxWrite: Int = .max, interruptEvery: Int = 0) {
        self.maxWrite = maxWrite
        self.interruptEvery = interruptEvery
    }

    /// The next read on any connection fails with ECONNRESET.
    func resetNextRead() { lock.withLock { resetPending = true } }

    private func interrupted() -> Bool {
        lock.withLock {
            calls += 1
            return interruptEvery > 0 && calls % interruptEvery == 0
        }
    }

    func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        if lock.withLock({ defer { resetPending = false }; return resetPending }) { errno = ECONNRESET; return -1 }
        if interrupted() { errno = EINTR; return -1 }
        return SystemSocketOperations().read(fd, into: buffer)
    }

    func send(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        if interrupted() { errno = EINTR; return -1 }
        let n = min(bytes.count, maxWrite)
        return SystemSocketOperations().send(fd, UnsafeRawBufferPointer(rebasing: bytes[0..<n]))
    }

    func sendfile(to fd: Int32, from file: Int32, offset: inout off_t, count: Int) -> Int {
        if interrupted() { errno = EINTR; return -1 }
        return SystemSocketOperations().sendfile(to: fd, from: file, offset: &offset, count: min(count, maxWrite))
    }
}

@Suite struct SocketAnomalyTests {
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
