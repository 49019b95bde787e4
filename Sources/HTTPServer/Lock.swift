#if canImport(Glibc)
import Glibc
#endif

/// A pthread mutex with a condition variable. Used for the few places threads meet: loop inboxes,
/// the worker queue, the connection count and the server lifecycle.
// @unchecked Sendable: the mutex is the synchronisation itself; the two pointers never change.
final class Lock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let cond = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(cond, nil)
    }

    deinit {
        pthread_cond_destroy(cond)
        pthread_mutex_destroy(mutex)
        cond.deallocate()
        mutex.deallocate()
    }

    @inline(__always)
    func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Waits on the condition; call only inside `withLock`.
    func wait() { pthread_cond_wait(cond, mutex) }

    /// Waits at most `nanoseconds`; call only inside `withLock`.
    func wait(nanoseconds: Int64) {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let total = Int64(ts.tv_nsec) + nanoseconds % 1_000_000_000
        ts.tv_sec += Int(nanoseconds / 1_000_000_000 + total / 1_000_000_000)
        ts.tv_nsec = Int(total % 1_000_000_000)
        pthread_cond_timedwait(cond, mutex, &ts)
    }

    func signal() { pthread_cond_signal(cond) }
    func broadcast() { pthread_cond_broadcast(cond) }
}

/// Open connections across all loops, to enforce `ServerConfiguration.maxConnections`.
// @unchecked Sendable: `open` is read and written only under `lock`.
final class ConnectionCounter: @unchecked Sendable {
    private let lock = Lock()
    private var open = 0
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Counts one more connection unless the cap is reached.
    func tryOpen() -> Bool {
        lock.withLock {
            guard open < limit else { return false }
            open += 1
            return true
        }
    }

    func close() { lock.withLock { open -= 1 } }

    var value: Int { lock.withLock { open } }
}

/// A joinable OS thread running a closure.
struct OSThread {
    private let handle: pthread_t

    static func spawn(name _: String, _ body: @escaping @Sendable () -> Void) -> OSThread {
        final class Box { let body: @Sendable () -> Void; init(_ b: @escaping @Sendable () -> Void) { body = b } }
        let context = Unmanaged.passRetained(Box(body)).toOpaque()
        var handle = pthread_t()
        let rc = pthread_create(&handle, nil, { raw in
            guard let raw else { return nil }
            let box = Unmanaged<Box>.fromOpaque(raw).takeRetainedValue()
            box.body()
            return nil
        }, context)
        precondition(rc == 0, "pthread_create failed: \(rc)")  // resource exhaustion at startup, not input
        return OSThread(handle: handle)
    }

    func join() { pthread_join(handle, nil) }
}
