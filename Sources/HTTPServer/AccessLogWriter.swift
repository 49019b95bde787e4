#if canImport(Glibc)
import Glibc
#endif

/// Carries access-log lines off the event loops. `append` only queues the line (a lock held for an
/// array append, never I/O); one dedicated thread takes the whole queue under the lock (a swap of two
/// arrays), then joins and hands the lines, in order and in batches, to `output` outside it, so an
/// event loop never waits for a batch being built or written. `flush` returns once every line appended before it has been written, and
/// `Server.shutdown` calls it (through `AccessLog.serverStopped`) after the last request is
/// reported, so a graceful shutdown loses no line.
///
/// The queue is bounded (`capacity` lines): when the output cannot keep up, further lines are
/// dropped and counted instead of making an event loop wait; once the output catches up, a line
/// `access_log_dropped=N` says how many were lost.
///
/// `@unchecked Sendable`: every mutable property is guarded by `lock`, except `batch`, which only
/// the writer thread touches outside it.
public final class AccessLogWriter: @unchecked Sendable {
    /// Receives one or more complete lines, each ending in `\n`; called from the writer thread only.
    public typealias Output = @Sendable (String) -> Void

    private let lock = Lock()
    private let capacity: Int
    private let output: Output
    private var queued: [String] = []
    /// The writer thread's batch, swapped with `queued` under the lock and emptied outside it.
    private var batch: [String] = []
    /// Lines accepted by `append` so far, and how many of them `output` has returned from.
    private var accepted = 0
    private var written = 0
    private var dropped = 0
    private var stopping = false
    private var thread: OSThread?

    /// - Parameters:
    ///   - capacity: most lines waiting for the output at once; beyond it lines are dropped (counted).
    ///   - output: where batches of lines go, e.g. `AccessLogWriter.fileDescriptor(2)`.
    public init(capacity: Int = 100_000, output: @escaping Output) {
        self.capacity = max(1, capacity)
        self.output = output
        thread = OSThread.spawn(name: "access-log") { [self] in run() }
    }

    /// Queues `line` (without a trailing newline). Never blocks on I/O.
    public func append(_ line: String) {
        lock.withLock {
            guard !stopping, queued.count < capacity else {
                dropped += 1
                return
            }
            queued.append(line)
            accepted += 1
            // The writer only waits on an empty queue: wake it on the first line.
            if queued.count == 1 { lock.broadcast() }
        }
    }

    /// Waits until every line appended before this call has been handed to the output.
    public func flush() {
        lock.withLock {
            let target = accepted
            while written < target { lock.wait() }
        }
    }

    /// Flushes, then stops the writer thread; lines appended afterwards are dropped. Idempotent.
    public func close() {
        let thread = lock.withLock { () -> OSThread? in
            stopping = true
            lock.broadcast()
            defer { self.thread = nil }
            return self.thread
        }
        thread?.join()
    }

    /// Lines dropped so far because the queue was full (or the writer closed).
    public var droppedLines: Int { lock.withLock { dropped } }

    private func run() {
        while let (dropped, lines) = takeQueue() {
            var text = batch.joined(separator: "\n") + "\n"
            batch.removeAll(keepingCapacity: true)
            if dropped > 0 { text += "access_log_dropped=\(dropped)\n" }
            output(text)
            lock.withLock {
                written += lines
                lock.broadcast()
            }
        }
    }

    /// Waits for lines, then swaps them into `batch` (constant time under the lock) and returns how
    /// many lines it took and how many were dropped since the last batch; nil once stopping and empty.
    private func takeQueue() -> (dropped: Int, lines: Int)? {
        lock.withLock {
            while queued.isEmpty && !stopping { lock.wait() }
            guard !queued.isEmpty else { return nil }
            swap(&queued, &batch)
            defer { dropped = 0 }
            return (dropped, batch.count)
        }
    }

    /// An output writing to `fd` (e.g. 2 for standard error), retrying short writes and EINTR.
    /// A write error drops the rest of that batch: the log must never stop the server.
    public static func fileDescriptor(_ fd: Int32) -> Output {
        { text in
            let bytes = Array(text.utf8)
            var offset = 0
            bytes.withUnsafeBytes { buffer in
                while offset < buffer.count {
                    let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { return }
                }
            }
        }
    }
}
