#if canImport(Glibc)
import Glibc
#endif

/// Facts about a file from `stat(2)`.
struct FileInfo: Equatable {
    var size: Int
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int
    var isRegularFile: Bool
    var isDirectory: Bool
}

/// The few file-system calls static file serving needs.
enum FileSystem {
    /// `realpath(3)`: the canonical absolute path with every symlink resolved, or nil.
    static func realPath(_ path: String) -> String? {
        guard !path.utf8.contains(0), let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `stat(2)` following symlinks, or nil when the file cannot be examined.
    static func info(_ path: String) -> FileInfo? {
        var st = stat()
        guard !path.utf8.contains(0), stat(path, &st) == 0 else { return nil }
        let type = st.st_mode & S_IFMT
        return FileInfo(
            size: Int(st.st_size), modifiedSeconds: Int(st.st_mtim.tv_sec),
            modifiedNanoseconds: Int(st.st_mtim.tv_nsec), isRegularFile: type == S_IFREG, isDirectory: type == S_IFDIR)
    }
}
