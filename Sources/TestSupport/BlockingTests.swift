import Foundation
import Testing

/// `@Suite(.blocking)`: the suite's tests block their thread while they wait (on a socket to a live
/// server, a child process, a timeout that must really pass), so they run on `BlockingTestThreads`
/// instead of the Swift concurrency pool.
///
/// Swift Testing runs synchronous tests on the concurrency pool, which has one thread per core
/// (two here) and adds a thread at most about once a second when they all block. A few suites
/// waiting on sockets and timers therefore left the CPU idle while CPU-bound suites queued behind
/// them. With this trait a waiting test holds one of the blocking-test threads instead, and the
/// pool stays free for the tests that compute.
public struct BlockingTrait: SuiteTrait, TestTrait, TestScoping {
    /// Applies to every test of the suite, so each test (and each case of a parameterised test)
    /// starts on a blocking-test thread, not only the suite's own setup.
    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?,
                             performing function: @Sendable () async throws -> Void) async throws {
        try await withTaskExecutorPreference(BlockingTestThreads.shared) { try await function() }
    }
}

extension Trait where Self == BlockingTrait {
    /// Runs the tests on `BlockingTestThreads` (see `BlockingTrait`).
    public static var blocking: Self { BlockingTrait() }
}

/// A fixed set of threads that run the jobs of tests marked `.blocking`. Their number bounds how
/// many such tests wait at once; jobs beyond it queue in order. Child tasks of those tests (task
/// groups, `async let`) inherit the preference and run here too.
// @unchecked Sendable: `jobs` is read and written only while holding `condition`.
public final class BlockingTestThreads: TaskExecutor, @unchecked Sendable {
    /// Eight threads: blocking tests mostly wait, and eight at a time keep two cores busy with their
    /// servers' work without starving the CPU-bound tests on the pool.
    public static let shared = BlockingTestThreads(count: 8)

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    init(count: Int) {
        for index in 0..<count {
            let thread = Thread { self.work() }
            thread.name = "blocking-test-\(index)"
            thread.stackSize = 8 << 20   // like the pool's threads: debug builds recurse deeply
            thread.start()
        }
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.withLock {
            jobs.append(job)
            condition.signal()
        }
    }

    private func work() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
