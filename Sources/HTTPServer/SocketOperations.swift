import CEpoll
#if canImport(Glibc)
import Glibc
#endif

/// The data-path system calls the engine makes on accepted sockets. A seam: tests inject short
/// writes, EINTR or resets (STYLE "anomalies through seams"); production uses `SystemSocketOperations`.
/// Each call returns what the system call returns, with `errno` set on -1.
protocol SocketOperations: Sendable {
    func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int
    func send(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
    func sendfile(to fd: Int32, from file: Int32, offset: inout off_t, count: Int) -> Int
}

/// The real calls: `read`, `send(MSG_NOSIGNAL)`, `sendfile`.
struct SystemSocketOperations: SocketOperations {
    @inline(__always)
    func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        Glibc.read(fd, buffer.baseAddress, buffer.count)
    }

    @inline(__always)
    func send(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        Glibc.send(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
    }

    @inline(__always)
    func sendfile(to fd: Int32, from file: Int32, offset: inout off_t, count: Int) -> Int {
        Glibc.sendfile(fd, file, &offset, count)
    }
}
