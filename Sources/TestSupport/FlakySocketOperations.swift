// `SocketOperations` and the `Server` initialiser that takes one are internal to HTTPServer;
// `@testable` reaches them in debug builds (where SwiftPM compiles with testing enabled), the
// only builds tests run in. A release build of every target leaves this double out.
#if DEBUG
#if canImport(Glibc)
import Glibc
#endif
@testable import HTTPServer

/// Socket calls that misbehave in ways the kernel allows: short writes (at most `maxWrite`
/// bytes per call), EINTR on every `interruptEvery`-th call, and a reset on demand.
public struct FlakySocketOperations: SocketOperations {
    private struct State: Sendable {
        var calls = 0
        var resetPending = false
    }

    private let state = Locked(State())
    public let maxWrite: Int
    public let interruptEvery: Int

    public init(maxWrite: Int = .max, interruptEvery: Int = 0) {
        self.maxWrite = maxWrite
        self.interruptEvery = interruptEvery
    }

    /// The next read on any connection fails with ECONNRESET.
    public func resetNextRead() { state.withLock { $0.resetPending = true } }

    private func interrupted() -> Bool {
        state.withLock {
            $0.calls += 1
            return interruptEvery > 0 && $0.calls % interruptEvery == 0
        }
    }

    public func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        if state.withLock({ state in defer { state.resetPending = false }; return state.resetPending }) { errno = ECONNRESET; return -1 }
        if interrupted() { errno = EINTR; return -1 }
        return SystemSocketOperations().read(fd, into: buffer)
    }

    public func send(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        if interrupted() { errno = EINTR; return -1 }
        let n = min(bytes.count, maxWrite)
        return SystemSocketOperations().send(fd, UnsafeRawBufferPointer(rebasing: bytes[0..<n]))
    }

    public func sendfile(to fd: Int32, from file: Int32, offset: inout off_t, count: Int) -> Int {
        if interrupted() { errno = EINTR; return -1 }
        return SystemSocketOperations().sendfile(to: fd, from: file, offset: &offset, count: min(count, maxWrite))
    }
}
#endif
