/// The timeout and lifecycle rules of one connection, with no I/O (STYLE pattern 3). The event
/// loop reports what happened, with the current monotonic time in nanoseconds, and carries out
/// the returned `Action`. Tests drive it with a manual clock.
///
/// Phases: `idle` (keep-alive, nothing received) → `readingHead` (first byte in; the whole head
/// must arrive within `header`, trickling does not extend it) → `readingBody` (within `body`) →
/// `processing` (no deadline: the responder runs) → back to `idle`, or `closing` when the
/// response must be the last. Independently, output that cannot be written arms `write`.
struct ConnectionStateMachine: Sendable {
    enum Phase: Equatable, Sendable {
        case idle, readingHead, readingBody, processing, closing, lingering
    }

    enum Action: Equatable, Sendable {
        case none
        /// Close the socket now.
        case close
        /// Answer 408 (best effort) and close: a request was partly received.
        case timeoutAndClose
        /// All output is written and the connection must end: half-close, then drain the peer
        /// briefly so the last response is not destroyed by a reset.
        case linger
    }

    /// Nanosecond durations, from `ServerConfiguration`.
    struct Timeouts: Equatable, Sendable {
        var header: Int64
        var body: Int64
        var idle: Int64
        var write: Int64
        var linger: Int64 = 1_000_000_000
    }

    let timeouts: Timeouts
    private(set) var phase = Phase.idle
    private var phaseDeadline: Int64?
    private var writeDeadline: Int64?
    private(set) var shuttingDown = false

    init(timeouts: Timeouts, now: Int64) {
        self.timeouts = timeouts
        phaseDeadline = Self.later(now, timeouts.idle)
    }

    /// `now + timeout`, saturating: a huge timeout means "practically never", not a wrapped past.
    static func later(_ now: Int64, _ timeout: Int64) -> Int64 {
        let (sum, overflow) = now.addingReportingOverflow(max(0, timeout))
        return overflow ? Int64.max : sum
    }

    /// The earliest instant at which `timerFired` has something to do, if any.
    var deadline: Int64? {
        switch (phaseDeadline, writeDeadline) {
        case let (p?, w?): return min(p, w)
        case let (p?, nil): return p
        case let (nil, w): return w
        }
    }

    /// Bytes of a request arrived. Starts the header clock only when leaving `idle`.
    mutating func bytesArrived(now: Int64) {
        guard phase == .idle else { return }
        phase = .readingHead
        phaseDeadline = Self.later(now, timeouts.header)
    }

    mutating func headReceived(now: Int64, hasBody: Bool) {
        guard phase == .readingHead || phase == .idle else { return }
        phase = hasBody ? .readingBody : .processing
        phaseDeadline = hasBody ? Self.later(now, timeouts.body) : nil
    }

    mutating func bodyReceived() {
        guard phase == .readingBody || phase == .readingHead else { return }
        phase = .processing
        phaseDeadline = nil
    }

    /// Whether the response being written may leave the connection open.
    func allowsKeepAlive(requested: Bool) -> Bool { requested && !shuttingDown }

    /// A response was queued. With `keepAlive` false the connection ends once output drains.
    mutating func responseQueued(now: Int64, keepAlive: Bool) {
        guard phase != .closing && phase != .lingering else { return }
        if keepAlive {
            phase = .idle
            phaseDeadline = Self.later(now, timeouts.idle)
        } else {
            phase = .closing
            phaseDeadline = nil
        }
    }

    /// The server answered an unparseable request itself; nothing more is read.
    mutating func parseErrorAnswered() {
        phase = .closing
        phaseDeadline = nil
    }

    /// Output could not be written completely. Arms the write timeout, or re-arms it when some
    /// bytes went out since the last call: only a reader making no progress at all is cut.
    mutating func outputBlocked(now: Int64, madeProgress: Bool) {
        if writeDeadline == nil || madeProgress { writeDeadline = Self.later(now, timeouts.write) }
    }

    /// All queued output reached the kernel.
    mutating func outputDrained(now: Int64) -> Action {
        writeDeadline = nil
        guard phase == .closing else { return .none }
        phase = .lingering
        phaseDeadline = Self.later(now, timeouts.linger)
        return .linger
    }

    /// The peer closed its sending side. A request already being answered is still answered,
    /// and output already queued is still delivered; a partly received request is dropped.
    mutating func peerClosed(outputPending: Bool) -> Action {
        switch phase {
        case .processing, .closing:
            return .none
        case .idle, .readingHead, .readingBody:
            guard outputPending else { return .close }
            phase = .closing
            phaseDeadline = nil
            return .none
        case .lingering:
            return .close
        }
    }

    /// The deadline may have passed.
    mutating func timerFired(now: Int64) -> Action {
        if let w = writeDeadline, w <= now { return .close }
        guard let p = phaseDeadline, p <= now else { return .none }
        switch phase {
        case .readingHead, .readingBody: return .timeoutAndClose
        case .idle, .lingering, .processing, .closing: return .close
        }
    }

    /// Graceful shutdown: idle connections close now; others finish their request, then close.
    mutating func shutdownRequested() -> Action {
        shuttingDown = true
        return phase == .idle ? .close : .none
    }
}
