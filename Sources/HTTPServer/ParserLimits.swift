/// Hard limits on what a client may send; each one has its own status when exceeded.
public struct ParserLimits: Sendable, Equatable {
    /// Longest request line (method, target, version). Beyond: 414.
    public var maxRequestLine = 8 * 1024
    /// Largest header section (all field lines). Beyond: 431.
    public var maxHeaderBytes = 32 * 1024
    /// Most header fields. Beyond: 431.
    public var maxHeaderCount = 100
    /// Longest chunk-size line in a chunked body (hex digits plus extensions). Beyond: 400.
    public var maxChunkSizeLine = 1024

    public init() {}
}
