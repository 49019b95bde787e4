import Foundation
import HTTPServer

/// A `ServerObserver` that remembers what the server reported, for end-to-end assertions
/// (every connection closed again, which requests completed, which parse errors were answered).
/// `lock` guards every stored value.
public final class RecordingObserver: ServerObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var _opened = 0, _closed = 0, _parseErrors: [Int] = [], _completed: [CompletedRequest] = []

    public init() {}

    public func connectionOpened() { lock.withLock { _opened += 1 } }
    public func connectionClosed() { lock.withLock { _closed += 1 } }
    public func parseErrorAnswered(status: HTTPStatus) { lock.withLock { _parseErrors.append(status.code) } }
    public func requestCompleted(_ request: CompletedRequest) { lock.withLock { _completed.append(request) } }

    public var opened: Int { lock.withLock { _opened } }
    public var closed: Int { lock.withLock { _closed } }
    public var parseErrors: [Int] { lock.withLock { _parseErrors } }
    public var completed: [CompletedRequest] { lock.withLock { _completed } }
}
