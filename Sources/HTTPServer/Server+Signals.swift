import Dispatch
#if canImport(Glibc)
import Glibc
#endif

extension Server {
    /// SIGTERM and SIGINT start a graceful shutdown with `configuration.shutdownGracePeriod`;
    /// SIGPIPE is ignored. Uses Dispatch signal sources (signalfd-backed on Linux), so it works
    /// whatever threads exist. Call once, typically right after `start()`.
    public func installSignalHandlers() {
        signal(SIGPIPE, SIG_IGN)
        let sources = [SIGTERM, SIGINT].map { sig -> DispatchSourceSignal in
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [weak self] in
                guard let self else { return }
                log("received signal \(sig): shutting down gracefully")
                shutdown()
            }
            // On Linux, Dispatch registers the source (its signalfd) later, on its manager thread;
            // if the process runs out of descriptors first (an accept storm right after start),
            // the registration fails and the signal is never delivered. Wait for it, briefly.
            let registered = DispatchSemaphore(value: 0)
            source.setRegistrationHandler { registered.signal() }
            source.resume()
            if registered.wait(timeout: .now() + .seconds(2)) == .timedOut {
                log("signal \(sig): handler not registered within 2 s")
            }
            return source
        }
        lock.withLock { signalSources.append(contentsOf: sources as [AnyObject]) }
    }

    func cancelSignalSources() {
        let sources = lock.withLock { () -> [AnyObject] in
            defer { signalSources = [] }
            return signalSources
        }
        for case let source as DispatchSourceSignal in sources { source.cancel() }
        if !sources.isEmpty {
            signal(SIGTERM, SIG_DFL)  // the server is gone: a second signal ends the process as usual
            signal(SIGINT, SIG_DFL)
        }
    }
}
