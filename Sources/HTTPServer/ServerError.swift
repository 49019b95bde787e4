/// Why `Server.start()` failed.
public enum ServerError: Error, Equatable, CustomStringConvertible {
    /// Another process (or server) already listens on this address.
    case addressInUse(host: String, port: Int)
    /// `host` is neither an IP address nor a name that resolves.
    case invalidHost(String)
    /// Binding needs privileges this process lacks (ports below 1024).
    case permissionDenied(host: String, port: Int)
    /// Any other failure of socket, bind, listen or epoll setup.
    case systemCallFailed(call: String, errno: Int32)
    /// `start()` was called twice.
    case alreadyStarted
    /// `start()` on a server made without a responder: use `start(serving:)`.
    case noResponder

    public var description: String {
        switch self {
        case .addressInUse(let host, let port):
            return "Port \(port) on \(host) is already in use: stop the other process or pick another port (0 picks a free one)."
        case .invalidHost(let host):
            return "Cannot listen on \"\(host)\": give an address such as 127.0.0.1, ::1 or 0.0.0.0."
        case .permissionDenied(let host, let port):
            return "Not allowed to listen on \(host):\(port): ports below 1024 need privileges."
        case .systemCallFailed(let call, let errno):
            return "Server setup failed in \(call) (errno \(errno))."
        case .alreadyStarted:
            return "The server was already started."
        case .noResponder:
            return "The server has no responder: call start(serving:)."
        }
    }
}
