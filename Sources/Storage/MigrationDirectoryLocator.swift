import Foundation

/// Finds the `Migrations/` directory at run time, never from `../shared`:
/// 1. the `--migrations DIR` flag when given;
/// 2. `./Migrations` in the current directory;
/// 3. a `Migrations/` directory next to the executable or in one of its parents
///    (`.build/release/vetrina` → the repository root).
public struct MigrationDirectoryLocator: Sendable {
    /// The directory the process runs in.
    var currentDirectory: URL
    /// The running executable (resolved symlinks), if known.
    var executable: URL?

    /// Memberwise initialiser.
    init(currentDirectory: URL, executable: URL?) {
        self.currentDirectory = currentDirectory
        self.executable = executable
    }

    /// The locator for this process (`/proc/self/exe` on Linux, else `CommandLine.arguments[0]`).
    public static func forCurrentProcess() -> MigrationDirectoryLocator {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first
        return MigrationDirectoryLocator(currentDirectory: cwd,
                                         executable: exe.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath() })
    }

    /// The directory to use; `explicit` wins even if it does not exist (the migrator then says so).
    /// Returns `nil` when no candidate exists.
    public func locate(explicit: String?) -> URL? {
        if let explicit {
            let url = explicit.hasPrefix("/") ? URL(fileURLWithPath: explicit)
                : currentDirectory.appendingPathComponent(explicit)
            return url.standardizedFileURL
        }
        let local = currentDirectory.appendingPathComponent("Migrations")
        if isDirectory(local) { return local }
        var dir = executable?.deletingLastPathComponent()
        for _ in 0..<6 {
            guard let current = dir else { break }
            let candidate = current.appendingPathComponent("Migrations")
            if isDirectory(candidate) { return candidate }
            dir = current.path == "/" ? nil : current.deletingLastPathComponent()
        }
        return nil
    }

    private func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
