/// What every event loop shares: immutable configuration and thread-safe collaborators.
struct EngineContext: Sendable {
    let configuration: ServerConfiguration
    let responder: any HTTPResponder
    let observer: any ServerObserver
    let log: @Sendable (String) -> Void
    let workers: WorkerPool
    let counter: ConnectionCounter
    let timeouts: ConnectionStateMachine.Timeouts
    /// Above this many queued output bytes a connection stops decoding and reading (backpressure).
    let outputHighWater: Int
    /// The socket data-path calls (a seam for anomaly tests).
    let io: any SocketOperations

    init(
        configuration: ServerConfiguration, responder: any HTTPResponder, observer: any ServerObserver,
        log: @escaping @Sendable (String) -> Void, workers: WorkerPool, counter: ConnectionCounter,
        io: any SocketOperations
    ) {
        self.io = io
        self.configuration = configuration
        self.responder = responder
        self.observer = observer
        self.log = log
        self.workers = workers
        self.counter = counter
        self.timeouts = ConnectionStateMachine.Timeouts(
            header: configuration.headerTimeout.nanoseconds, body: configuration.bodyTimeout.nanoseconds,
            idle: configuration.idleTimeout.nanoseconds, write: configuration.writeTimeout.nanoseconds)
        self.outputHighWater = 256 * 1024
    }

    /// Timer wheel resolution: an eighth of the shortest timeout, between 5 ms and 100 ms.
    var timerTick: Int64 {
        let shortest = min(timeouts.header, timeouts.body, timeouts.idle, timeouts.write)
        return min(max(shortest / 8, 5_000_000), 100_000_000)
    }
}
