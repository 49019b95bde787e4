@testable import HTTPServer
import TestSupport

/// The engine's end-to-end server: `TestResponder` on the shared harness (`TestSupport.LiveServer`)
/// with two loops, four workers and short timeouts, stopped by `stop()`.
struct LiveServer {
    let live: TestSupport.LiveServer
    let observer = RecordingObserver()
    let responder = TestResponder()
    var server: Server { live.server }

    init(_ tweak: (inout ServerConfiguration) -> Void = { _ in }) throws {
        live = try TestSupport.LiveServer.start(responder, observer: observer) { config in
            config.eventLoops = 2
            config.workerThreads = 4
            config.headerTimeout = .milliseconds(500)
            config.bodyTimeout = .milliseconds(500)
            config.idleTimeout = .seconds(2)
            config.writeTimeout = .seconds(2)
            tweak(&config)
        }
    }

    var port: Int { live.port }

    func client(timeout: Duration = .seconds(5)) throws -> RawHTTPClient { try RawHTTPClient(port: port, timeout: timeout) }

    /// Waits until a worker has started the `/slow` request tagged `tag` (it is then in flight).
    func waitUntilStarted(_ tag: String) -> Bool { waitUntil { responder.started.contains(tag) } }

    func stop() { server.shutdown(gracePeriod: .seconds(2)) }
}
