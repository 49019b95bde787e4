import CEpoll
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// The request path on a loop: decode → head (body limit, 100-continue) → body → responder
/// (inline or on the worker pool) → serialize the response in order.
extension EventLoop {
    static let continueBytes = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// Feeds `buffer` to the connection's decoder while it may decode; returns the bytes used.
    func process(_ c: Connection, _ buffer: UnsafeRawBufferPointer) -> Int {
        var offset = 0
        while mayDecode(c) {
            if c.state.phase == .idle {
                if offset == buffer.count { return offset }
                c.state.bytesArrived(now: now)
            }
            let slice = UnsafeRawBufferPointer(rebasing: buffer[offset...])
            let event: RequestDecoder.Event, used: Int
            do {
                (event, used) = try c.decoder.decode(slice)
            } catch {
                answerParseError(c, error, unparsed: slice)
                return buffer.count
            }
            switch event {
            case .needMore:
                return offset + used
            case .head(let head):
                if let error = beginRequest(c, head) {
                    answerParseError(c, error)
                    return buffer.count
                }
            case .body(let range):
                c.current?.body.append(contentsOf: UnsafeRawBufferPointer(rebasing: slice[range]))
            case .end:
                c.state.bodyReceived()
                dispatch(c)
            }
            offset += used
        }
        return offset
    }

    /// A head is in: ask the responder for its plan (once: the route is resolved here), apply its
    /// body limit, remember the request, answer `Expect: 100-continue`.
    private func beginRequest(_ c: Connection, _ head: RequestHead) -> ParseError? {
        let plan = context.responder.plan(for: head)
        let limit = plan.maxBodySize ?? context.configuration.maxBodySize
        c.current = InFlightRequest(head: head, plan: plan, requestID: nextRequestID(), startedAt: MonotonicTime.now(),
                                    keepAlive: head.keepAlive)
        do {
            try c.decoder.setMaxBodySize(limit)
        } catch {
            return error
        }
        let framing = c.decoder.framing
        if case .contentLength(let n) = framing { c.current?.body.reserveCapacity(min(n, 1 << 22)) }
        c.state.headReceived(now: now, hasBody: framing != .none)
        if c.decoder.expectsContinue { c.enqueue(Self.continueBytes) }  // RFC 9110 §10.1.1
        return nil
    }

    /// `<loop>-<counter in base 36>`: unique within the process run, no shared state.
    private func nextRequestID() -> String {
        requestCounter &+= 1
        return RequestID.format(loop: index, counter: requestCounter)
    }

    private func dispatch(_ c: Connection) {
        guard let inFlight = c.current else { return }
        let request = HTTPRequest(head: inFlight.head, body: inFlight.body, remoteAddress: c.remoteAddress,
                                  requestID: inFlight.requestID)
        c.current?.body = []
        let plan = inFlight.plan
        let fd = c.fd, serial = c.serial
        if plan.runsOnEventLoop {
            let response = plan.respond(to: request)
            guard response.deliveryDelay != nil else { return finish(c, response) }
            c.awaitingResponse = true
            deliver(response, fd: fd, serial: serial)
            return
        }
        c.awaitingResponse = true
        context.workers.submit { [self] in
            deliver(plan.respond(to: request), fd: fd, serial: serial)
        }
    }

    /// Hands a response back to this loop, at once or after its `deliveryDelay` (a Dispatch
    /// timer: no loop or worker thread waits).
    private func deliver(_ response: HTTPResponse, fd: Int32, serial: UInt32) {
        guard let delay = response.deliveryDelay, delay > .zero else {
            return post(.response(fd: fd, serial: serial, response))
        }
        var ready = response
        ready.deliveryDelay = nil
        let wait = min(delay, HTTPResponse.maximumDeliveryDelay)
        let nanos = Int(wait.components.seconds) * 1_000_000_000 + Int(wait.components.attoseconds / 1_000_000_000)
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanos)) { [self, ready] in
            post(.response(fd: fd, serial: serial, ready))
        }
    }

    func responseArrived(fd: Int32, serial: UInt32, _ response: HTTPResponse) {
        guard Int(fd) < connections.count, let c = connections[Int(fd)], c.serial == serial,
              c.awaitingResponse else { return }  // the client left meanwhile
        finish(c, response)
        drive(c)
    }

    /// Serializes the response after any earlier output and reports the exchange.
    private func finish(_ c: Connection, _ response: HTTPResponse) {
        guard let inFlight = c.current else { return }
        c.current = nil
        c.awaitingResponse = false
        let isHead = inFlight.head.method == .head
        let keepAlive = c.state.allowsKeepAlive(requested: inFlight.keepAlive && !c.peerClosed)
        let framing = ResponseSerializer.Framing(
            keepAlive: keepAlive, requestIsHTTP10: inFlight.head.version == .http1_0, isHead: isHead,
            requestID: inFlight.requestID)
        let sent = queue(response, framing: framing, on: c)
        c.state.responseQueued(now: now, keepAlive: keepAlive)
        context.observer.requestCompleted(CompletedRequest(
            requestID: inFlight.requestID, remoteAddress: c.remoteAddress, method: inFlight.head.method,
            path: String(inFlight.head.path), status: sent.status, bytesSent: sent.bodyBytes,
            duration: .nanoseconds(MonotonicTime.now() - inFlight.startedAt), routeLabel: response.routeLabel,
            clientAddress: response.clientAddress))
    }

    /// Writes the head (and bytes body) into the connection's output; opens `.file` bodies.
    /// Returns the status actually sent and the body bytes it carries.
    @discardableResult
    func queue(_ response: HTTPResponse, framing: ResponseSerializer.Framing, on c: Connection)
        -> (status: HTTPStatus, bodyBytes: Int)
    {
        var response = response
        let sendsBody = !framing.isHead && !ResponseSerializer.forbidsBody(response.status)
        var fileFd: Int32 = -1
        if case .file(let region) = response.body, sendsBody {
            fileFd = cepoll_open_readonly(region.path)
            if fileFd < 0 {
                logThrottled(.openFile, "cannot open \(region.path): errno \(cepoll_errno())")
                response = ResponseSerializer.errorResponse(.internalServerError)
            }
        }
        if c.pending.isEmpty {
            ResponseSerializer.write(response, framing: framing, date: date.bytes, into: &c.output)
        } else {
            var bytes: [UInt8] = []
            ResponseSerializer.write(response, framing: framing, date: date.bytes, into: &bytes)
            c.pending.append(.bytes(bytes, sent: 0))
        }
        if fileFd >= 0, case .file(let region) = response.body {
            // An empty region queues nothing: releasing it would drop output queued before it.
            if region.length == 0 { close(fileFd) }
            else { c.pending.append(.file(fd: fileFd, offset: region.offset, remaining: region.length)) }
        }
        return (response.status, sendsBody ? response.body.count : 0)
    }

    /// Answers a refused request itself (STYLE pattern 5) and ends the connection. `unparsed`
    /// starts with the refused head's bytes when the head was not parsed.
    func answerParseError(_ c: Connection, _ error: ParseError, unparsed: UnsafeRawBufferPointer? = nil) {
        context.observer.parseErrorAnswered(status: error.status)
        queueServerResponse(c, status: error.status, unparsed: unparsed)
        c.state.parseErrorAnswered()  // the caller drops the rest of the input
        c.current = nil
    }

    /// A server-generated response with `Connection: close`, through the responder's
    /// `refusalResponse` hook when it has one.
    func queueServerResponse(_ c: Connection, status: HTTPStatus, unparsed: UnsafeRawBufferPointer? = nil) {
        let id = c.current?.requestID ?? nextRequestID()
        let refused = refused(c, status: status, unparsed: unparsed)
        let framing = ResponseSerializer.Framing(keepAlive: false, requestIsHTTP10: false,
                                                 isHead: refused.method == .head, requestID: id)
        queue(ResponseSerializer.refusalResponse(refused, responder: context.responder), framing: framing, on: c)
    }

    /// What is known about the request being refused: its head when parsed, else the path at
    /// the start of the unparsed bytes (or of the connection's buffered input).
    private func refused(_ c: Connection, status: HTTPStatus, unparsed: UnsafeRawBufferPointer?) -> RefusedRequest {
        if let inFlight = c.current {
            return RefusedRequest(status: status, head: inFlight.head,
                                  maxBodySize: inFlight.plan.maxBodySize ?? context.configuration.maxBodySize)
        }
        if let unparsed { return RefusedRequest(status: status, unparsed: unparsed) }
        return c.input.withUnsafeBytes { RefusedRequest(status: status, unparsed: $0) }
    }
}
