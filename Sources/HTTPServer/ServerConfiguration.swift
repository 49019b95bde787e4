/// Everything the server can be tuned with, with documented defaults. `vetrina` fills it from
/// flags and environment once; nothing in this module reads the environment.
public struct ServerConfiguration: Sendable {
    /// Address to bind. Default `127.0.0.1`.
    public var host = "127.0.0.1"
    /// Port to bind; 0 picks a free one (read it back from `Server.port`). Default 8080.
    public var port = 8080
    /// Event loops (threads running epoll). Default: one per core.
    public var eventLoops = max(1, System.coreCount)
    /// Threads running responders that may block. Default: 4 × cores, at least 4.
    public var workerThreads = max(4, 4 * System.coreCount)
    /// Most connections open at once; beyond it new ones get 503 and are closed. Default 20,000.
    public var maxConnections = 20_000
    /// Request parsing limits (414, 431).
    public var limits = ParserLimits()
    /// Largest request body unless the responder says otherwise (413). Default 1 MiB.
    public var maxBodySize = 1 << 20
    /// Time allowed to receive a whole header section (slow-loris guard). Default 10 s.
    public var headerTimeout: Duration = .seconds(10)
    /// Time allowed to receive a whole body once the head is in. Default 30 s.
    public var bodyTimeout: Duration = .seconds(30)
    /// Time an idle keep-alive connection is kept. Default 60 s.
    public var idleTimeout: Duration = .seconds(60)
    /// Time a response may go without any write progress (a reader that stopped reading). Default 30 s.
    public var writeTimeout: Duration = .seconds(30)
    /// On SIGTERM/SIGINT, how long in-flight requests may take before the process exits. Default 10 s.
    public var shutdownGracePeriod: Duration = .seconds(10)

    public init() {}

    public init(host: String = "127.0.0.1", port: Int) {
        self.host = host
        self.port = port
    }
}
