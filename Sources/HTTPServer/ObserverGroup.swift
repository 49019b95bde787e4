/// Fans every event out to several observers, in order (e.g. access log and metrics).
public struct ObserverGroup: ServerObserver {
    /// The observers called, in order.
    let observers: [any ServerObserver]

    /// Fans out to `observers`.
    public init(_ observers: [any ServerObserver]) { self.observers = observers }

    public func connectionOpened() { observers.forEach { $0.connectionOpened() } }
    public func connectionClosed() { observers.forEach { $0.connectionClosed() } }
    public func parseErrorAnswered(status: HTTPStatus) { observers.forEach { $0.parseErrorAnswered(status: status) } }
    public func requestCompleted(_ request: CompletedRequest) { observers.forEach { $0.requestCompleted(request) } }
    public func serverStopped() { observers.forEach { $0.serverStopped() } }
}
