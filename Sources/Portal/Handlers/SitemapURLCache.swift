import Foundation

/// The sitemap's entries, built at most once per `lifetime` and shared by `/sitemap.xml` and
/// every `/sitemap/{n}.xml`: a crawler walking an index of N files costs one catalog read, not
/// N + 1, and the index and its files are cut from the same list. `lifetime` is the
/// `Cache-Control: max-age` the sitemap responses already carry, so a crawler sees nothing
/// staler than it is told it may keep. Owned by the router's `CrawlerHandlers`.
final class SitemapURLCache: @unchecked Sendable {  // `lock` guards `cached` and `builds`, and serialises builds
    /// How long a built list is served.
    let lifetime: Duration
    private let now: @Sendable () -> ContinuousClock.Instant
    private let lock = NSLock()
    private var cached: (entries: [CrawlerHandlers.URLEntry], builtAt: ContinuousClock.Instant)?
    private var builds = 0

    init(lifetime: Duration = .seconds(CrawlerHandlers.cacheSeconds),
         now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        self.lifetime = lifetime
        self.now = now
    }

    /// How many times `build` ran (for tests).
    var buildCount: Int { lock.withLock { builds } }

    /// The stored list while younger than `lifetime`, else the one `build` returns (stored).
    /// Concurrent callers of a stale list wait for one build instead of each running their own.
    /// - Throws: whatever `build` throws; nothing is stored then.
    func entries(build: () throws -> [CrawlerHandlers.URLEntry]) throws -> [CrawlerHandlers.URLEntry] {
        try lock.withLock {
            let time = now()
            if let cached, time - cached.builtAt < lifetime { return cached.entries }
            let entries = try build()
            builds += 1
            cached = (entries, time)
            return entries
        }
    }
}
