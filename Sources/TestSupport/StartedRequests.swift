/// Tags of the requests a worker has started (`TestResponder`'s `/slow?tag=`), so a test waits
/// until a request is in flight instead of sleeping.
public struct StartedRequests: Sendable {
    private let tags = Locked<[String]>([])

    public init() {}

    public func add(_ tag: String) { tags.withLock { $0.append(tag) } }
    public func contains(_ tag: String) -> Bool { tags.withLock { $0.contains(tag) } }
}
