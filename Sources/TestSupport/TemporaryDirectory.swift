import Foundation

/// A fresh directory under the system temp dir, removed by `remove()` (call it in `defer`).
/// Each instance has a unique path, so parallel tests never share files.
public final class TemporaryDirectory: Sendable {
    /// Absolute path, without a trailing `/`.
    public let path: String

    /// - Throws: when the directory cannot be created.
    public init(prefix: String = "vetrina-test") throws {
        let base = FileManager.default.temporaryDirectory.path
        let template = "\(base)/\(prefix)-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw CocoaError(.fileWriteUnknown) }
        path = String(cString: made)
    }

    /// Writes `contents` to `relativePath`, creating intermediate directories; returns the full path.
    @discardableResult
    public func write(_ relativePath: String, _ contents: String) throws -> String {
        try write(relativePath, Array(contents.utf8))
    }

    /// Writes raw bytes to `relativePath`, creating intermediate directories; returns the full path.
    @discardableResult
    public func write(_ relativePath: String, _ bytes: [UInt8]) throws -> String {
        let full = path + "/" + relativePath
        let directory = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    /// Creates a directory (and parents) at `relativePath`; returns the full path.
    @discardableResult
    public func makeDirectory(_ relativePath: String) throws -> String {
        let full = path + "/" + relativePath
        try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        return full
    }

    /// Creates a symbolic link at `relativePath` pointing to `destination` (absolute or relative).
    public func symlink(_ relativePath: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path + "/" + relativePath, withDestinationPath: destination)
    }

    /// Sets a file's modification time (seconds since 1970).
    public func setModificationTime(_ relativePath: String, secondsSince1970: Int) throws {
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: TimeInterval(secondsSince1970))],
            ofItemAtPath: path + "/" + relativePath)
    }

    /// Deletes the directory and everything in it.
    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}
