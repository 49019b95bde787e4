import Synchronization

/// Counters for `/metrics`, fed by the server as a `ServerObserver` and rendered in the
/// Prometheus text exposition format 0.0.4. Thread-safe: each metric family has its own lock,
/// held for a few instructions. Labels are bounded: routes are templates (never raw paths,
/// unmatched requests are counted under `route="unmatched"`), statuses are classes (`2xx`).
public final class ServerMetrics: ServerObserver {
    /// Upper bounds of the latency histogram, in seconds (Prometheus' defaults plus two finer ones
    /// for a fast server).
    public let latencyBuckets: [Double]

    private let requests = Mutex<[RequestKey: Int]>([:])
    private let latency: Mutex<Histogram>
    private let connections = Mutex(ConnectionCounts())
    private let parseErrors = Mutex<[Int: Int]>([:])

    struct RequestKey: Hashable {
        var route: String
        var method: String
        var statusClass: String
    }

    struct ConnectionCounts {
        var open = 0
        var total = 0
    }

    struct Histogram {
        var counts: [Int]
        var sum = 0.0
        var count = 0
    }

    /// - Parameter latencyBuckets: ascending upper bounds in seconds; `+Inf` is implied.
    public init(latencyBuckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]) {
        let sorted = latencyBuckets.sorted()
        self.latencyBuckets = sorted
        latency = Mutex(Histogram(counts: Array(repeating: 0, count: sorted.count)))
    }

    // MARK: ServerObserver

    public func connectionOpened() {
        connections.withLock {
            $0.open += 1
            $0.total += 1
        }
    }

    public func connectionClosed() {
        connections.withLock { $0.open -= 1 }
    }

    public func parseErrorAnswered(status: HTTPStatus) {
        parseErrors.withLock { $0[status.code, default: 0] += 1 }
    }

    public func requestCompleted(_ request: CompletedRequest) {
        let key = RequestKey(
            route: request.routeLabel ?? "unmatched", method: Self.methodLabel(request.method),
            statusClass: request.status.statusClass)
        requests.withLock { $0[key, default: 0] += 1 }
        let seconds = Double(request.duration.components.seconds)
            + Double(request.duration.components.attoseconds) / 1e18
        let bucket = latencyBuckets.firstIndex { seconds <= $0 }
        latency.withLock { histogram in
            if let bucket { histogram.counts[bucket] += 1 }
            histogram.sum += seconds
            histogram.count += 1
        }
    }

    /// Known methods by name; anything else as `other` so a client cannot grow the label set.
    static func methodLabel(_ method: HTTPMethod) -> String {
        HTTPMethod.known.contains(method) ? method.rawValue : "other"
    }

    // MARK: Reading

    /// How many requests completed with `route` and a status in `statusClass` (`2xx`), all methods.
    public func requestCount(route: String, statusClass: String) -> Int {
        requests.withLock { counts in
            counts.filter { $0.key.route == route && $0.key.statusClass == statusClass }.values.reduce(0, +)
        }
    }

    /// Connections open now.
    public var openConnections: Int { connections.withLock { $0.open } }

    /// How many requests the parser refused with `status`.
    public func parseErrorCount(status: Int) -> Int { parseErrors.withLock { $0[status] ?? 0 } }

    func snapshot() -> (requests: [RequestKey: Int], latency: Histogram, connections: ConnectionCounts, parseErrors: [Int: Int]) {
        (requests.withLock { $0 }, latency.withLock { $0 }, connections.withLock { $0 }, parseErrors.withLock { $0 })
    }
}
