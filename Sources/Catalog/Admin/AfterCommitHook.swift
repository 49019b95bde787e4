import Storage

/// What the wiring runs after each catalog write an editor commits. `vetrina serve` gives the
/// search index's catch-up (`SearchIndexer.afterCommitHook`; Catalog cannot import Search), so
/// the writer re-indexes the cards a save marked dirty right away and read replicas find them
/// (docs/SCALING.md, "Search on a replica"). It runs after the commit, never inside the
/// transaction, and not when the write threw (rolled back). A crash between the two loses
/// nothing: the cards stay in `search_dirty` and the next hook, or serve's start-up, takes them.
public typealias AfterCommitHook = @Sendable () -> Void

extension DatabasePool {
    /// `write(body)`, then, once it has committed, `afterCommit`.
    /// - Throws: what `write` threw (then `afterCommit` does not run).
    func write<T>(then afterCommit: AfterCommitHook, _ body: (Connection) throws -> T) throws -> T {
        let result = try write(body)
        afterCommit()
        return result
    }
}
