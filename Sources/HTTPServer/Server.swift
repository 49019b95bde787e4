import CEpoll
#if canImport(Glibc)
import Glibc
#endif

/// The HTTP/1.1 server: one listening socket, `configuration.eventLoops` epoll threads and a
/// worker pool for responders. `@unchecked Sendable`: its mutable lifecycle state is guarded by
/// `lock`; the loops it owns are themselves thread-safe through their inboxes.
///
/// ```swift
/// let server = Server(configuration: .init(port: 0), responder: router)
/// try server.start()            // returns once listening; server.port is the real port
/// server.installSignalHandlers() // SIGTERM/SIGINT -> graceful shutdown
/// server.waitUntilStopped()
/// ```
///
/// When the responder needs the bound port (canonical URLs for `--port 0`), listen first and hand
/// the responder over afterwards; connections wait in the kernel's backlog meanwhile, and the
/// loops get the responder as an immutable value (no lock on the request path):
///
/// ```swift
/// let server = Server(configuration: .init(port: 0))
/// try server.listen()
/// try server.start(serving: makeRouter(port: server.port))
/// ```
public final class Server: @unchecked Sendable {
    enum Phase { case created, listening, running, stopping, stopped }

    let configuration: ServerConfiguration
    /// Given to `init` or to `start(serving:)`; read once, when the loops are made.
    private var responder: (any HTTPResponder)?
    let observer: any ServerObserver
    let log: @Sendable (String) -> Void
    let io: any SocketOperations

    let lock = Lock()
    private var phase = Phase.created
    private var listenFd: Int32 = -1
    private var boundPort = 0
    private var loops: [EventLoop] = []
    private var threads: [OSThread] = []
    private var workers: WorkerPool?
    private var counter: ConnectionCounter?
    var signalSources: [AnyObject] = []

    /// - Parameters:
    ///   - log: receives one line per notable event (accept failures, unreadable files, shutdown). Event
    ///     loops call it, throttled to a line a second per kind of failure: it must not block (queue the
    ///     line, e.g. `AccessLogWriter.append`).
    public convenience init(
        configuration: ServerConfiguration, responder: any HTTPResponder,
        observer: any ServerObserver = NoObserver(), log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.init(configuration: configuration, responder: responder, observer: observer, log: log,
                  io: SystemSocketOperations())
    }

    /// A server whose responder is given later, to `start(serving:)`.
    public convenience init(
        configuration: ServerConfiguration, observer: any ServerObserver = NoObserver(),
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.init(configuration: configuration, responder: nil, observer: observer, log: log,
                  io: SystemSocketOperations())
    }

    /// For anomaly tests: the same server with its socket calls replaced.
    init(
        configuration: ServerConfiguration, responder: (any HTTPResponder)?, observer: any ServerObserver,
        log: @escaping @Sendable (String) -> Void, io: any SocketOperations
    ) {
        self.configuration = configuration
        self.responder = responder
        self.observer = observer
        self.log = log
        self.io = io
    }

    /// The port actually bound (the configured one, or the one the kernel picked for port 0).
    public var port: Int { lock.withLock { boundPort } }

    /// Binds and listens without serving yet: `port` is known, and connections queue in the
    /// kernel's backlog until `start(serving:)`. Ignores SIGPIPE for the process.
    /// - Throws: `ServerError` (`.addressInUse` when the port is taken).
    public func listen() throws(ServerError) {
        try lock.withLock { () throws(ServerError) in
            guard phase == .created else { throw ServerError.alreadyStarted }
            signal(SIGPIPE, SIG_IGN)
            Self.raiseOpenFileLimit(toAtLeast: configuration.maxConnections + 1024)
            listenFd = try Self.listen(host: configuration.host, port: configuration.port)
            boundPort = Int(cepoll_local_port(listenFd))
            phase = .listening
        }
    }

    /// Listens (unless `listen()` was called) and starts the event loops with the responder given
    /// to `init`; returns once connections are accepted.
    /// - Throws: `ServerError` (`.addressInUse` when the port is taken).
    public func start() throws(ServerError) {
        guard let responder = lock.withLock({ responder }) else { throw ServerError.noResponder }
        try start(serving: responder)
    }

    /// Listens (unless `listen()` was called) and starts the event loops serving `responder`.
    /// - Throws: `ServerError` (`.addressInUse` when the port is taken, `.alreadyStarted`).
    public func start(serving responder: any HTTPResponder) throws(ServerError) {
        if lock.withLock({ phase == .created }) { try listen() }
        try lock.withLock { () throws(ServerError) in
            guard phase == .listening else { throw ServerError.alreadyStarted }
            let fd = listenFd
            self.responder = responder
            let workers = WorkerPool(threadCount: configuration.workerThreads)
            let counter = ConnectionCounter(limit: configuration.maxConnections)
            let context = EngineContext(configuration: configuration, responder: responder, observer: observer,
                                        log: log, workers: workers, counter: counter, io: io)
            do throws(SocketError) {
                loops = []
                for i in 0..<max(1, configuration.eventLoops) {
                    loops.append(try EventLoop(index: i, context: context, listenFd: fd))
                }
            } catch {
                loops = []
                workers.stop(join: true)
                close(fd)
                phase = .stopped
                lock.broadcast()
                throw ServerError.systemCallFailed(call: error.call, errno: error.errno)
            }
            for loop in loops { loop.peers = loops }
            threads = loops.map { loop in OSThread.spawn(name: "http-loop-\(loop.index)") { loop.run() } }
            self.workers = workers
            self.counter = counter
            phase = .running
        }
    }

    /// Lifts the soft RLIMIT_NOFILE towards the hard limit so `maxConnections` can be reached.
    private static func raiseOpenFileLimit(toAtLeast wanted: Int) {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < rlim_t(wanted) else { return }
        limit.rlim_cur = min(limit.rlim_max, rlim_t(wanted))
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    private static func listen(host: String, port: Int) throws(ServerError) -> Int32 {
        let fd = cepoll_listen(host, Int32(clamping: port), 4096)
        guard fd < 0 else { return fd }
        switch cepoll_errno() {
        case EADDRINUSE: throw ServerError.addressInUse(host: host, port: port)
        case EINVAL: throw ServerError.invalidHost(host)
        case EACCES, EPERM: throw ServerError.permissionDenied(host: host, port: port)
        case let e: throw ServerError.systemCallFailed(call: "listen", errno: e)
        }
    }

    /// Graceful shutdown: stops accepting (new connections are refused), closes idle connections,
    /// lets in-flight requests finish (their responses carry `Connection: close`), and returns
    /// when all connections are closed or `gracePeriod` (default
    /// `configuration.shutdownGracePeriod`) has passed, after which the rest are cut.
    /// Safe to call from any thread, more than once.
    public func shutdown(gracePeriod: Duration? = nil) {
        let proceed = lock.withLock { () -> Bool in
            if phase == .listening {  // never served: just close the socket
                close(listenFd)
                phase = .stopped
                lock.broadcast()
            }
            guard phase == .running else { return false }
            phase = .stopping
            return true
        }
        guard proceed else { waitUntilStopped(); return }
        let grace = (gracePeriod ?? configuration.shutdownGracePeriod).nanoseconds
        let deadline = ConnectionStateMachine.later(MonotonicTime.now(), grace)
        Glibc.shutdown(listenFd, Int32(SHUT_RDWR))  // refuse new connections at once
        loops.forEach { $0.post(.beginShutdown) }
        while (counter?.value ?? 0) > 0 && MonotonicTime.now() < deadline { usleep(2_000) }
        let clean = (counter?.value ?? 0) == 0
        loops.forEach { $0.post(.stop) }
        threads.forEach { $0.join() }
        close(listenFd)
        workers?.stop(join: clean)
        observer.serverStopped()  // the loops are joined: no request is reported after this
        lock.withLock {
            loops.forEach { $0.peers = [] }
            loops = []
            threads = []
            phase = .stopped
            lock.broadcast()
        }
        cancelSignalSources()
        log(clean ? "server stopped" : "server stopped; connections still open at the deadline were closed")
    }

    /// Blocks until `shutdown` has finished (returns at once if the server never listened).
    public func waitUntilStopped() {
        lock.withLock {
            while phase == .listening || phase == .running || phase == .stopping { lock.wait() }
        }
    }
}
