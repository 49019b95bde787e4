/// A fixed set of threads running responders that may block (SQLite writes, CSV imports), so the
/// event loops never wait on them. The queue is unbounded in type but bounded in practice: each
/// connection has at most one request in it, and connections are capped.
// @unchecked Sendable: `jobs`, `head` and `stopping` are touched only under `lock`; `threads` is set
// once in `init` and only read afterwards.
final class WorkerPool: @unchecked Sendable {
    typealias Job = @Sendable () -> Void

    private let lock = Lock()
    private var jobs: [Job] = []
    private var head = 0
    private var stopping = false
    private var threads: [OSThread] = []

    init(threadCount: Int) {
        threads = (0..<max(1, threadCount)).map { i in
            OSThread.spawn(name: "http-worker-\(i)") { self.run() }
        }
    }

    func submit(_ job: @escaping Job) {
        lock.withLock {
            jobs.append(job)
            lock.signal()
        }
    }

    /// Lets queued jobs finish, then stops the threads. Waits for them unless `join` is false
    /// (a responder stuck past the shutdown deadline must not hold the process).
    func stop(join: Bool) {
        lock.withLock {
            stopping = true
            lock.broadcast()
        }
        if join { threads.forEach { $0.join() } }
    }

    private func next() -> Job? {
        lock.withLock {
            while head == jobs.count && !stopping { lock.wait() }
            guard head < jobs.count else { return nil }
            let job = jobs[head]
            head += 1
            if head == jobs.count || head > 1024 {
                jobs.removeFirst(head)
                head = 0
            }
            return job
        }
    }

    private func run() {
        while let job = next() { job() }
    }
}
