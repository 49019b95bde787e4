import CEpoll
#if canImport(Glibc)
import Glibc
#endif

/// Per-connection I/O: registration, reading, the drive loop, timers and closing.
extension EventLoop {
    func register(fd: Int32, address: String) {
        if shuttingDown { close(fd); context.counter.close(); return }
        nextSerial &+= 1
        let decoder = RequestDecoder(limits: context.configuration.limits,
                                     defaultMaxBodySize: context.configuration.maxBodySize)
        let c = Connection(fd: fd, serial: nextSerial, remoteAddress: address, decoder: decoder,
                           state: ConnectionStateMachine(timeouts: context.timeouts, now: now))
        if Int(fd) >= connections.count {
            connections.append(contentsOf: repeatElement(nil, count: Int(fd) + 1 - connections.count + 64))
        }
        connections[Int(fd)] = c
        let tag = UInt64(c.serial) << 32 | UInt64(UInt32(bitPattern: fd))
        guard cepoll_ctl(epfd, EPOLL_CTL_ADD, fd, cepoll_in | cepoll_out | cepoll_rdhup | cepoll_et, tag) == 0 else {
            logThrottled(.register, "epoll_ctl add failed: \(SocketError(call: "epoll_ctl", errno: cepoll_errno()))")
            closeConnection(c)
            return
        }
        context.observer.connectionOpened()
        syncTimer(c)
    }

    func connectionEvent(_ c: Connection, events: UInt32) {
        if events & cepoll_err != 0 { closeConnection(c); return }
        if events & cepoll_out != 0 { c.writable = true }
        if events & (cepoll_rdhup | cepoll_hup) != 0 { c.sawHangup = true }
        if events & (cepoll_in | cepoll_rdhup | cepoll_hup) != 0 { c.readable = true }
        if c.state.phase == .lingering { drainLingering(c); return }
        drive(c)
    }

    /// Decodes, reads and writes until the connection has to wait for something.
    func drive(_ c: Connection) {
        while true {
            let stoppedByBacklog = pump(c)
            if c.isClosed { return }
            flush(c)
            if c.isClosed { return }
            if c.state.phase == .lingering { drainLingering(c); return }
            guard stoppedByBacklog, c.queuedBytes <= context.outputHighWater else { break }
        }
        syncTimer(c)
    }

    /// Whether the connection may decode more requests right now.
    func mayDecode(_ c: Connection) -> Bool {
        !c.awaitingResponse && c.state.phase != .closing && c.state.phase != .lingering
            && c.queuedBytes <= context.outputHighWater
    }

    /// Decodes buffered bytes and reads more while allowed. Returns true when it stopped only
    /// because too much output is queued.
    private func pump(_ c: Connection) -> Bool {
        while !c.isClosed {
            guard mayDecode(c) else { return c.queuedBytes > context.outputHighWater }
            if !c.input.isEmpty {
                let consumed = c.input.withUnsafeBytes { process(c, $0) }
                if c.isClosed { return false }
                c.input.removeFirst(min(consumed, c.input.count))
                guard mayDecode(c) else { continue }
            }
            guard c.readable else { return false }
            guard let n = readSome(c) else { return false }
            if c.input.isEmpty {
                let bytes = UnsafeRawBufferPointer(rebasing: scratch[0..<n])
                let consumed = process(c, bytes)
                if !c.isClosed && consumed < n { c.input.append(contentsOf: bytes[consumed...]) }
            } else {
                c.input.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[0..<n]))
            }
        }
        return false
    }

    /// Reads into the scratch buffer. Returns the byte count, or nil when nothing was read (and
    /// the connection may have been closed).
    private func readSome(_ c: Connection) -> Int? {
        let result: IOResult
        do {
            result = try syscall("read") { context.io.read(c.fd, into: scratch) }
        } catch {
            closeConnection(c)
            return nil
        }
        switch result {
        case .wouldBlock:
            c.readable = false
            return nil
        case .done(0):
            c.readable = false
            c.peerClosed = true
            if c.state.peerClosed(outputPending: c.hasOutput) == .close { closeConnection(c) }
            return nil
        case .done(let n):
            if n < scratch.count && !c.sawHangup { c.readable = false }  // drained: wait for the next edge
            return n
        }
    }

    /// Writes queued output until done or the socket is full.
    func flush(_ c: Connection) {
        let before = c.queuedBytes
        while c.writable && c.hasOutput && !c.isClosed {
            do {
                if c.outputSent < c.output.count {
                    try writeBuffered(c)
                } else {
                    try writeNextSegment(c)
                }
            } catch {
                closeConnection(c)
                return
            }
        }
        if c.isClosed { return }
        if c.hasOutput {
            c.state.outputBlocked(now: now, madeProgress: c.queuedBytes < before)
        } else if c.state.outputDrained(now: now) == .linger {
            shutdown(c.fd, Int32(SHUT_WR))
        }
    }

    private func writeBuffered(_ c: Connection) throws(SocketError) {
        let sent = c.outputSent
        let result = try c.output.withUnsafeBytes { b in
            Result { () throws(SocketError) in
                try syscall("send") { context.io.send(c.fd, UnsafeRawBufferPointer(rebasing: b[sent...])) }
            }
        }.get()
        guard case .done(let n) = result else { c.writable = false; return }
        c.outputSent += n
        if c.outputSent == c.output.count {
            if c.output.capacity > 64 * 1024 { c.output = [] } else { c.output.removeAll(keepingCapacity: true) }
            c.outputSent = 0
        }
    }

    private func writeNextSegment(_ c: Connection) throws(SocketError) {
        switch c.pending[0] {
        case .bytes(let bytes, let sent):
            c.pending.removeFirst()
            c.output = bytes
            c.outputSent = sent
        case .file(let fileFd, let offset, let remaining):
            var off = off_t(offset)
            let result = try syscall("sendfile") {
                context.io.sendfile(to: c.fd, from: fileFd, offset: &off, count: min(remaining, 1 << 30))
            }
            guard case .done(let n) = result else { c.writable = false; return }
            guard n > 0 else { throw SocketError(call: "sendfile (file shorter than announced)", errno: EIO) }
            if n == remaining {
                close(fileFd)
                c.pending.removeFirst()
            } else {
                c.pending[0] = .file(fd: fileFd, offset: offset + n, remaining: remaining - n)
            }
        }
    }

    /// After the last response: discard what the peer still sends until EOF or the linger deadline.
    func drainLingering(_ c: Connection) {
        if c.peerClosed { closeConnection(c); return }  // nothing left to protect
        while c.readable && !c.isClosed {
            _ = readSome(c)
        }
        if !c.isClosed { syncTimer(c) }
    }

    func closeConnection(_ c: Connection) {
        guard !c.isClosed else { return }
        c.isClosed = true
        connections[Int(c.fd)] = nil
        c.releasePending()
        close(c.fd)
        context.counter.close()
        context.observer.connectionClosed()
    }

    /// Files the connection's current deadline in the wheel unless an earlier entry exists.
    func syncTimer(_ c: Connection) {
        guard !c.isClosed, let deadline = c.state.deadline else { return }
        let tick = wheel.tick(for: deadline)
        if let existing = c.wheelTick, existing <= tick { return }
        wheel.insert(fd: c.fd, serial: c.serial, tick: tick)
        c.wheelTick = tick
    }

    func timerFired(_ entry: TimerWheel.Entry) {
        let fd = Int(entry.fd)
        guard fd < connections.count, let c = connections[fd], c.serial == entry.serial,
              c.wheelTick == entry.tick else { return }
        c.wheelTick = nil
        switch c.state.timerFired(now: now) {
        case .none, .linger:
            syncTimer(c)
        case .close:
            closeConnection(c)
        case .timeoutAndClose:
            queueServerResponse(c, status: .requestTimeout)
            flush(c)
            closeConnection(c)
        }
    }
}
