import HTTPServer

/// The real `Server` listening on 127.0.0.1 and an ephemeral port, for end-to-end tests.
/// `start` returns once the socket is listening, so no sleeps are needed; `stop` shuts it down and
/// waits for its threads. Each test starts its own, so tests can run in parallel.
public final class LiveServer: Sendable {
    public let server: Server
    /// The port the kernel picked.
    public let port: Int

    private init(server: Server) {
        self.server = server
        self.port = server.port
    }

    /// A configuration suited to tests: port 0, one event loop, two workers, short timeouts
    /// left at their defaults unless the caller changes them.
    public static func testConfiguration() -> ServerConfiguration {
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.eventLoops = 1
        configuration.workerThreads = 2
        return configuration
    }

    /// The portal's end-to-end harnesses: like `testConfiguration`, with four workers (portal
    /// handlers block on SQLite and PBKDF2, and flow tests send requests from several threads).
    public static let portalTest: @Sendable (inout ServerConfiguration) -> Void = { $0.workerThreads = 4 }

    /// Starts `responder` on an ephemeral port; `configure` may adjust limits and timeouts.
    /// - Throws: whatever `Server.start()` throws (bind or listen failures).
    public static func start(
        _ responder: any HTTPResponder, observer: any ServerObserver = NoObserver(),
        configure: (inout ServerConfiguration) -> Void = { _ in }
    ) throws -> LiveServer {
        var configuration = testConfiguration()
        configure(&configuration)
        configuration.port = 0
        let server = Server(configuration: configuration, responder: responder, observer: observer)
        try server.start()
        return LiveServer(server: server)
    }

    /// A new raw client connected to this server.
    public func client(timeout: Duration = .seconds(5)) throws -> RawHTTPClient {
        try RawHTTPClient(port: port, timeout: timeout)
    }

    /// Stops accepting, lets in-flight requests finish (up to `gracePeriod`) and waits until every
    /// thread has stopped. Idempotent.
    public func stop(gracePeriod: Duration = .seconds(2)) {
        server.shutdown(gracePeriod: gracePeriod)
        server.waitUntilStopped()
    }
}

/// Runs `body` with a live server for `responder`, stopping it afterwards even when `body` throws.
public func withLiveServer<T>(
    _ responder: any HTTPResponder, observer: any ServerObserver = NoObserver(),
    configure: (inout ServerConfiguration) -> Void = { _ in },
    _ body: (LiveServer) throws -> T
) throws -> T {
    let live = try LiveServer.start(responder, observer: observer, configure: configure)
    defer { live.stop() }
    return try body(live)
}
