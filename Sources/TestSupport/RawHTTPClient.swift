import Glibc
import HTTPServer

/// A blocking HTTP/1.1 client over a POSIX socket, for tests: it sends exactly the bytes it is
/// given (no normalisation, so malformed or hostile requests reach the server as written) and
/// reads one response at a time, honouring `Content-Length`, chunked framing or close-delimited
/// bodies. Leftover bytes are kept for the next response (pipelining, keep-alive reuse).
/// Every read waits at most `timeout`. Not thread-safe: one client per test task.
public final class RawHTTPClient {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var closed = false
    /// Whether the server has closed its side (EOF seen).
    public private(set) var sawEOF = false

    /// Connects to `host:port` (IPv4 dotted quad).
    /// - Throws: `RawHTTPClientError.connectFailed` when the connection cannot be made.
    public init(host: String = "127.0.0.1", port: Int, timeout: Duration = .seconds(5)) throws(RawHTTPClientError) {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw .connectFailed(errno: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host, &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            let e = errno
            close()  // deinit runs after a throwing init too: closing through the flag closes once
            throw .connectFailed(errno: e)
        }
        setTimeout(timeout)
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit { close() }

    /// Changes how long each read may wait.
    public func setTimeout(_ timeout: Duration) {
        let micros = timeout.components.seconds * 1_000_000 + timeout.components.attoseconds / 1_000_000_000_000
        var tv = timeval(tv_sec: Int(micros / 1_000_000), tv_usec: Int(micros % 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends `raw` (written as is, `\r\n` included by the caller) and reads one response.
    public func send(_ raw: String, expectBody: Bool = true) throws(RawHTTPClientError) -> HTTPReply {
        try write(raw)
        return try readResponse(expectBody: expectBody)
    }

    /// Writes text as UTF-8 bytes.
    public func write(_ raw: String) throws(RawHTTPClientError) { try write(Array(raw.utf8)) }

    /// Writes every byte, retrying short writes.
    public func write(_ bytes: [UInt8]) throws(RawHTTPClientError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.send(fd, base + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if n < 0 {
                let e = errno
                if e == EINTR { continue }
                throw .writeFailed(errno: e)
            }
            offset += n
        }
    }

    /// Half-closes the connection: the server sees EOF but can still answer.
    public func shutdownWrite() { shutdown(fd, Int32(SHUT_WR)) }

    /// Closes the socket (idempotent).
    public func close() {
        guard !closed else { return }
        closed = true
        Glibc.close(fd)
    }

    /// Closes with a TCP reset (SO_LINGER 0), to simulate an abrupt client disconnect.
    public func reset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close()
    }

    /// Reads until the server closes the connection (or the timeout), returning everything
    /// not yet consumed.
    public func readUntilClose() throws(RawHTTPClientError) -> [UInt8] {
        while try fill() {}
        defer { buffer.removeAll() }
        return buffer
    }

    /// Pulls more bytes into the buffer; false at EOF.
    /// - Throws: `.timedOut` when nothing arrives within the timeout, `.readFailed` on errors.
    @discardableResult
    func fill() throws(RawHTTPClientError) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
                return true
            }
            if n == 0 {
                sawEOF = true
                return false
            }
            let e = errno
            if e == EINTR { continue }
            if e == EAGAIN || e == EWOULDBLOCK { throw .timedOut }
            if e == ECONNRESET {
                sawEOF = true
                return false
            }
            throw .readFailed(errno: e)
        }
    }

    /// Bytes received but not yet consumed.
    var pending: [UInt8] {
        get { buffer }
        set { buffer = newValue }
    }
}

/// Why a `RawHTTPClient` call failed.
public enum RawHTTPClientError: Error, Equatable {
    case connectFailed(errno: Int32)
    case writeFailed(errno: Int32)
    case readFailed(errno: Int32)
    /// Nothing arrived within the timeout.
    case timedOut
    /// The connection closed before a complete response arrived.
    case closedEarly
    /// The bytes are not a valid HTTP/1.1 response.
    case malformed(String)
}
