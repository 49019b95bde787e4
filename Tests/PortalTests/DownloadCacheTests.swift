import Foundation
import Testing
import TestSupport
@testable import Portal

/// `DownloadCache` on its own: one build per catalog state, concurrent requests for a stale
/// state share one build, replaced files deleted, failed builds store nothing, `removeAll`.
@Suite struct DownloadCacheTests {
    func cache(_ directory: TemporaryDirectory, retired: TimeInterval = 60) -> DownloadCache {
        DownloadCache(directory: URL(fileURLWithPath: directory.path).appendingPathComponent("spool"), retiredLifetime: retired)
    }

    func write(_ text: String) -> (URL) throws -> DownloadCache.Built {
        { url in
            try Data(text.utf8).write(to: url)
            return DownloadCache.Built(length: text.utf8.count, lastModified: nil)
        }
    }

    @Test func aFileIsBuiltOncePerMarkerAndReplacedWhenTheMarkerChanges() throws {
        let directory = try TemporaryDirectory(prefix: "vetrina-download-cache")
        defer { directory.remove() }
        let cache = cache(directory, retired: 0)
        let first = try cache.file(named: "a.ndjson", marker: { "m1" }, build: write("one"))
        let again = try cache.file(named: "a.ndjson", marker: { "m1" }) { _ in
            Issue.record("rebuilt for an unchanged marker")
            return DownloadCache.Built(length: 0)
        }
        #expect(again == first && cache.buildCount == 1)
        #expect(try String(contentsOfFile: first.path, encoding: .utf8) == "one" && first.length == 3)

        let other = try cache.file(named: "b.zip", marker: { "m1" }, build: write("zip"))
        #expect(other.path != first.path && cache.buildCount == 2)

        let second = try cache.file(named: "a.ndjson", marker: { "m2" }, build: write("two!"))
        #expect(second.marker == "m2" && second.path != first.path && second.length == 4)
        #expect(try String(contentsOfFile: second.path, encoding: .utf8) == "two!")
        _ = try cache.file(named: "a.ndjson", marker: { "m2" }, build: write("unused"))
        #expect(!FileManager.default.fileExists(atPath: first.path), "the replaced file is deleted")
        #expect(FileManager.default.fileExists(atPath: other.path))

        cache.removeAll()
        #expect(!FileManager.default.fileExists(atPath: second.path) && !FileManager.default.fileExists(atPath: other.path))
        #expect(!FileManager.default.fileExists(atPath: cache.directory.path))
    }

    @Test func aReplacedFileStaysWhileAResponseMayStillOpenIt() throws {
        let directory = try TemporaryDirectory(prefix: "vetrina-download-cache")
        defer { directory.remove() }
        let cache = cache(directory, retired: 3600)
        let first = try cache.file(named: "a", marker: { "m1" }, build: write("one"))
        let second = try cache.file(named: "a", marker: { "m2" }, build: write("two"))
        _ = try cache.file(named: "a", marker: { "m2" }, build: write("unused"))
        #expect(FileManager.default.fileExists(atPath: first.path) && FileManager.default.fileExists(atPath: second.path))
        cache.removeAll()
        #expect(!FileManager.default.fileExists(atPath: first.path), "shutdown removes replaced files too")
    }

    /// Eight threads ask for the same stale download at once; the build does not finish before
    /// all eight have read the marker, so every one of them overlaps it: one build, one file.
    @Test func concurrentRequestsForAStaleMarkerShareOneBuild() throws {
        let directory = try TemporaryDirectory(prefix: "vetrina-download-cache")
        defer { directory.remove() }
        let cache = cache(directory)
        let callers = 8
        let arrivals = MarkerReads()
        let results = ResultBox()
        let done = DispatchGroup()
        for _ in 0..<callers {  // real threads: a dispatch pool on two cores would run them two at a time
            done.enter()
            Thread {
                defer { done.leave() }
                do {
                    let file = try cache.file(named: "catalog.zip", marker: arrivals.read) { url in
                        arrivals.wait(for: callers + 1, timeout: 10)
                        try Data(repeating: 65, count: 1 << 20).write(to: url)
                        return DownloadCache.Built(length: 1 << 20)
                    }
                    results.add(file)
                } catch {
                    Issue.record("build failed: \(error)")
                }
            }.start()
        }
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(arrivals.reads >= callers + 1, "every caller overlapped the build")
        #expect(cache.buildCount == 1)
        #expect(results.files.count == callers && Set(results.files.map(\.path)).count == 1)
        cache.removeAll()
    }

    @Test func aFailedBuildStoresNothingAndLeavesNoFile() throws {
        struct Broken: Error {}
        let directory = try TemporaryDirectory(prefix: "vetrina-download-cache")
        defer { directory.remove() }
        let cache = cache(directory)
        let first = try cache.file(named: "a", marker: { "m1" }, build: write("one"))
        #expect(throws: Broken.self) {
            try cache.file(named: "a", marker: { "m2" }) { url in
                try Data("half".utf8).write(to: url)
                throw Broken()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory.path) == [URL(fileURLWithPath: first.path).lastPathComponent])
        let retry = try cache.file(named: "a", marker: { "m2" }, build: write("two"))
        #expect(retry.marker == "m2" && cache.buildCount == 2)
        cache.removeAll()
    }
}

/// Files collected from several threads (guarded by `lock`).
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [DownloadCache.File] = []
    func add(_ file: DownloadCache.File) { lock.withLock { stored.append(file) } }
    var files: [DownloadCache.File] { lock.withLock { stored } }
}

/// Counts marker reads; a build can wait until a number of reads happened (guarded by `condition`).
private final class MarkerReads: @unchecked Sendable {
    private let condition = NSCondition()
    private var count = 0

    func read() -> String {
        condition.lock()
        count += 1
        condition.broadcast()
        condition.unlock()
        return "m1"
    }

    var reads: Int {
        condition.lock()
        defer { condition.unlock() }
        return count
    }

    func wait(for reads: Int, timeout: TimeInterval) {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        while count < reads, condition.wait(until: deadline) {}
        condition.unlock()
    }
}
