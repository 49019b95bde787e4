/// What the threads of a concurrency test saw: one number per successful step (a row count, an
/// attempt) and the description of every failure, in the order they were recorded.
public final class ConcurrentResults: Sendable {
    private let recorded = Locked<[Int]>([])
    private let failed = Locked<[String]>([])

    public init() {}

    public func record(_ value: Int) { recorded.withLock { $0.append(value) } }
    public func fail(_ description: String) { failed.withLock { $0.append(description) } }

    public var values: [Int] { recorded.current }
    public var failures: [String] { failed.current }
}
