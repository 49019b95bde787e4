import Foundation

/// The whole-catalog downloads (the HSDS zip, the unfiltered ndjson exports) built once per
/// catalog state instead of once per request: one spooled file per download name, tagged with
/// the catalog's change marker it was built from (`OpenDataCatalog.changeMarker()`).
///
/// A request whose marker matches the stored file gets that file. Otherwise one request builds
/// the new file while the others asking for the same name wait on the builder's lock and then
/// take what it built: never N builds for one change. The marker is read before the build reads
/// the catalog, so a write landing during a build makes the next request rebuild; a file is
/// never labelled newer than its contents.
///
/// A replaced file is deleted once no response can still be about to open it (`retiredLifetime`
/// after it was replaced: the engine opens a file body as soon as the handler returns), and
/// `removeAll()` (at shutdown) deletes every file and the directory. Owned by `PortalApplication`.
final class DownloadCache: @unchecked Sendable {  // `state` guards `files` and `retired`; `builders` serialises builds per name
    /// One built download.
    struct File: Sendable, Equatable {
        /// The change marker the file was built from.
        var marker: String
        var path: String
        var length: Int
        /// The catalog's latest change when the file was built (the `Last-Modified` header).
        var lastModified: Date?
    }

    /// What a build reports about the file it wrote.
    struct Built: Sendable {
        var length: Int
        var lastModified: Date?
    }

    let directory: URL
    let retiredLifetime: TimeInterval
    private let state = NSLock()
    private var files: [String: File] = [:]
    private var retired: [(path: String, since: Date)] = []
    private var builders: [String: NSLock] = [:]
    private var builds = 0

    /// - Parameters:
    ///   - directory: where files are spooled; a new private directory under the system's
    ///     temporary directory by default, created at the first build.
    ///   - retiredLifetime: how long a replaced file is kept for responses already handed to the engine.
    init(directory: URL? = nil, retiredLifetime: TimeInterval = 60) {
        self.directory = directory ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("vetrina-downloads-\(UUID().uuidString.lowercased())")
        self.retiredLifetime = retiredLifetime
    }

    /// How many builds ran (for tests and diagnostics).
    var buildCount: Int { state.withLock { builds } }

    /// The file for `name` as of the catalog's current `marker()`, built by `build` (which
    /// writes the URL it is given) when missing or stale.
    /// - Throws: whatever `marker` or `build` throws; nothing is stored then and the previous
    ///   file, if any, stays for the next request.
    func file(named name: String, marker: () throws -> String, build: (URL) throws -> Built) throws -> File {
        removeRetired(olderThan: Date().addingTimeInterval(-retiredLifetime))
        let current = try marker()
        if let file = state.withLock({ files[name] }), file.marker == current { return file }
        let builder = state.withLock { () -> NSLock in
            if let lock = builders[name] { return lock }
            let lock = NSLock()
            builders[name] = lock
            return lock
        }
        return try builder.withLock {
            // Whoever held the lock before may have built this state (or a newer one) already.
            let latest = try marker()
            if let file = state.withLock({ files[name] }), file.marker == latest { return file }
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let url = directory.appendingPathComponent("\(UUID().uuidString.lowercased())-\(name)")
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            let built: Built
            do { built = try build(url) } catch {
                try? FileManager.default.removeItem(at: url)
                throw error
            }
            let file = File(marker: latest, path: url.path, length: built.length, lastModified: built.lastModified)
            state.withLock {
                if let old = files[name] { retired.append((old.path, Date())) }
                files[name] = file
                builds += 1
            }
            return file
        }
    }

    /// Deletes every file, current and replaced, and the directory. Later requests rebuild.
    func removeAll() {
        let paths = state.withLock { () -> [String] in
            let all = files.values.map(\.path) + retired.map(\.path)
            files = [:]
            retired = []
            return all
        }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        try? FileManager.default.removeItem(at: directory)
    }

    private func removeRetired(olderThan limit: Date) {
        let expired = state.withLock { () -> [String] in
            let old = retired.filter { $0.since <= limit }.map(\.path)
            retired.removeAll { $0.since <= limit }
            return old
        }
        for path in expired { try? FileManager.default.removeItem(atPath: path) }
    }
}
