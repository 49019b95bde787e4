import CEpoll
#if canImport(Glibc)
import Glibc
#endif

/// One thread running epoll over its share of the connections (edge-triggered), plus the shared
/// listening socket (level-triggered, EPOLLEXCLUSIVE). Accepted sockets are handed out
/// round-robin across loops. Other threads talk to a loop only through `post` (a locked inbox
/// and an eventfd), which is why the class is `@unchecked Sendable`: everything else is touched
/// by the loop's own thread only.
final class EventLoop: @unchecked Sendable {
    enum Message {
        case connection(fd: Int32, address: String)
        case response(fd: Int32, serial: UInt32, HTTPResponse)
        case beginShutdown
        case stop
    }

    static let listenerTag = UInt64.max
    static let wakeTag = UInt64.max - 1
    static let maxEvents: Int32 = 512

    let index: Int
    let context: EngineContext
    let epfd: Int32
    let wakeFd: Int32
    let listenFd: Int32
    var peers: [EventLoop] = []

    private let inboxLock = Lock()
    private var inbox: [Message] = []
    private var wakeupPending = false

    var connections: [Connection?] = []
    var wheel: TimerWheel
    var date = DateCache()
    let scratch: UnsafeMutableRawBufferPointer
    let addressBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: 64)
    var nextSerial: UInt32 = 0
    var requestCounter: UInt64 = 0
    var acceptTurn = 0
    var now: Int64
    var listening = true
    var shuttingDown = false
    var logThrottle = LogThrottle()
    var running = true

    init(index: Int, context: EngineContext, listenFd: Int32) throws(SocketError) {
        self.index = index
        self.context = context
        self.listenFd = listenFd
        epfd = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epfd >= 0 else { throw SocketError(call: "epoll_create1", errno: cepoll_errno()) }
        wakeFd = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
        guard wakeFd >= 0 else { throw SocketError(call: "eventfd", errno: cepoll_errno()) }
        now = MonotonicTime.now()
        wheel = TimerWheel(tickNanos: context.timerTick, now: now)
        scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
        guard cepoll_ctl(epfd, EPOLL_CTL_ADD, wakeFd, cepoll_in, Self.wakeTag) == 0,
              cepoll_ctl(epfd, EPOLL_CTL_ADD, listenFd, cepoll_in | cepoll_exclusive, Self.listenerTag) == 0
        else { throw SocketError(call: "epoll_ctl", errno: cepoll_errno()) }
    }

    deinit {
        close(epfd)
        close(wakeFd)
        scratch.deallocate()
        addressBuffer.deallocate()
    }

    /// Thread-safe: queues a message and wakes the loop.
    func post(_ message: Message) {
        let wake = inboxLock.withLock { () -> Bool in
            inbox.append(message)
            if wakeupPending { return false }
            wakeupPending = true
            return true
        }
        if wake { _ = eventfd_write(wakeFd, 1) }
    }

    /// The loop body; returns after `.stop`, with every connection closed.
    func run() {
        let datas = UnsafeMutablePointer<UInt64>.allocate(capacity: Int(Self.maxEvents))
        let events = UnsafeMutablePointer<UInt32>.allocate(capacity: Int(Self.maxEvents))
        defer { datas.deallocate(); events.deallocate() }
        var dueTimers: [TimerWheel.Entry] = []
        while running {
            let timeout = wheel.millisecondsUntilNextTick(now: MonotonicTime.now())
            let n = cepoll_wait(epfd, datas, events, Self.maxEvents, timeout)
            now = MonotonicTime.now()
            date.refresh()
            if n > 0 {
                for i in 0..<Int(n) { dispatchEvent(data: datas[i], events: events[i]) }
            }
            wheel.expire(now: now, into: &dueTimers)  // handled outside the wheel's mutation:
            for entry in dueTimers { timerFired(entry) }  // handlers re-file entries
            dueTimers.removeAll(keepingCapacity: true)
        }
        for case let c? in connections { closeConnection(c) }
    }

    private func dispatchEvent(data: UInt64, events: UInt32) {
        switch data {
        case Self.listenerTag: acceptBatch()
        case Self.wakeTag: drainInbox()
        default:
            let fd = Int(data & 0xFFFF_FFFF), serial = UInt32(truncatingIfNeeded: data >> 32)
            guard fd < connections.count, let c = connections[fd], c.serial == serial else { return }
            connectionEvent(c, events: events)
        }
    }

    private func drainInbox() {
        var value: eventfd_t = 0
        _ = eventfd_read(wakeFd, &value)
        let messages = inboxLock.withLock { () -> [Message] in
            wakeupPending = false
            defer { inbox.removeAll(keepingCapacity: true) }
            return inbox
        }
        for message in messages {
            switch message {
            case .connection(let fd, let address): register(fd: fd, address: address)
            case .response(let fd, let serial, let response): responseArrived(fd: fd, serial: serial, response)
            case .beginShutdown: beginShutdown()
            case .stop: running = false
            }
        }
    }

    private func acceptBatch() {
        guard listening else { return }
        for _ in 0..<64 {
            let fd = cepoll_accept(listenFd, addressBuffer, 64)
            if fd < 0 {
                let e = cepoll_errno()
                if e == EINTR || e == ECONNABORTED { continue }
                if e != EAGAIN && e != EWOULDBLOCK { acceptFailed(errno: e) }
                return
            }
            let address = String(cString: addressBuffer)
            guard context.counter.tryOpen() else { refuseOverCapacity(fd); continue }
            var one: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            let target = peers.isEmpty ? self : peers[acceptTurn % peers.count]
            acceptTurn &+= 1
            if target === self { register(fd: fd, address: address) } else { target.post(.connection(fd: fd, address: address)) }
        }
    }

    /// EMFILE and friends: stop listening on this loop briefly rather than spin on the listener.
    private func acceptFailed(errno e: Int32) {
        if e == EINVAL || e == EBADF {  // the listener was shut down: graceful shutdown has begun
            stopListening()
            return
        }
        logThrottled(.accept, "accept failed: \(SocketError(call: "accept4", errno: e))")
        if e == EMFILE || e == ENFILE || e == ENOBUFS || e == ENOMEM {
            usleep(10_000)
        }
    }

    /// Over `maxConnections`: answer 503 and close at once (best effort, never blocks).
    private func refuseOverCapacity(_ fd: Int32) {
        var bytes: [UInt8] = []
        date.refresh()
        let framing = ResponseSerializer.Framing(keepAlive: false, requestIsHTTP10: false, isHead: false, requestID: "")
        let response = ResponseSerializer.refusalResponse(RefusedRequest(status: .serviceUnavailable),
                                                          responder: context.responder)
        ResponseSerializer.write(response, framing: framing, date: date.bytes, into: &bytes)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        shutdown(fd, Int32(SHUT_WR))
        _ = recv(fd, scratch.baseAddress, scratch.count, Int32(MSG_DONTWAIT))  // fewer resets: drop what came
        close(fd)
    }

    func stopListening() {
        guard listening else { return }
        listening = false
        _ = cepoll_ctl(epfd, EPOLL_CTL_DEL, listenFd, 0, 0)
    }

    private func beginShutdown() {
        shuttingDown = true
        stopListening()
        for case let c? in connections where c.state.shutdownRequested() == .close { closeConnection(c) }
    }
}
