#if canImport(Glibc)
import Glibc
#endif

/// One accepted socket and everything the event loop knows about it. Owned and touched by a
/// single event loop thread only.
final class Connection {
    let fd: Int32
    /// Distinguishes this connection from a later one that reuses the same fd number.
    let serial: UInt32
    let remoteAddress: String
    var decoder: RequestDecoder
    var state: ConnectionStateMachine

    /// Received bytes not consumed by the decoder yet (empty most of the time).
    var input: [UInt8] = []
    /// The event loop saw EPOLLIN and the socket has not returned EAGAIN since (edge-triggered).
    var readable = true
    /// Writes have not hit EAGAIN since the last EPOLLOUT.
    var writable = true
    /// The peer shut down its sending side.
    var peerClosed = false
    /// A request is with a worker; nothing else is decoded until its response is queued.
    var awaitingResponse = false

    /// Output not yet written: `output[outputSent...]`, then `pending` in order.
    var output: [UInt8] = []
    var outputSent = 0
    var pending: [OutputSegment] = []

    /// The request being received or answered.
    var current: InFlightRequest?
    /// The earliest tick this connection is filed under in the loop's timer wheel.
    var wheelTick: Int64?
    /// Set once the socket is closed; late events and worker responses for it are dropped.
    var isClosed = false
    /// EPOLLRDHUP or EPOLLHUP was reported: read until EOF instead of trusting short reads.
    var sawHangup = false

    init(fd: Int32, serial: UInt32, remoteAddress: String, decoder: RequestDecoder, state: ConnectionStateMachine) {
        self.fd = fd
        self.serial = serial
        self.remoteAddress = remoteAddress
        self.decoder = decoder
        self.state = state
    }

    var hasOutput: Bool { outputSent < output.count || !pending.isEmpty }

    /// Bytes queued for this connection, to decide when to stop reading (backpressure).
    var queuedBytes: Int {
        var n = output.count - outputSent
        for segment in pending { n += segment.remaining }
        return n
    }

    /// Appends bytes after everything already queued.
    func enqueue(_ bytes: [UInt8]) {
        if pending.isEmpty { output.append(contentsOf: bytes) } else { pending.append(.bytes(bytes, sent: 0)) }
    }

    /// Closes the file descriptors of queued file regions.
    func releasePending() {
        for case .file(let fd, _, _) in pending { close(fd) }
        pending.removeAll()
    }
}

/// Output queued behind the connection's byte buffer: file regions and the bytes after them.
enum OutputSegment {
    case bytes([UInt8], sent: Int)
    case file(fd: Int32, offset: Int, remaining: Int)

    var remaining: Int {
        switch self {
        case .bytes(let b, let sent): return b.count - sent
        case .file(_, _, let remaining): return remaining
        }
    }
}

/// What the loop remembers about the request between its head and its response.
struct InFlightRequest {
    var head: RequestHead
    /// The responder's decision for this head (route, body limit, thread), made once.
    let plan: RequestPlan
    var body: [UInt8] = []
    var requestID: String
    var startedAt: Int64
    var keepAlive: Bool
}
