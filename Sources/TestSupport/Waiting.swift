import Foundation

/// Waits until `condition` holds, checking every `interval`, for at most `timeout`; returns
/// whether it held. For tests that must wait for another thread (a request in flight, a
/// connection closed, a flush done): waiting on the condition instead of sleeping a guessed
/// time keeps them fast on an idle machine and correct on a loaded one.
@discardableResult
public func waitUntil(timeout: Duration = .seconds(10), interval: Duration = .milliseconds(5),
                      _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while true {
        if try condition() { return true }
        if ContinuousClock.now >= deadline { return false }
        Thread.sleep(forTimeInterval: Double(interval.components.attoseconds) / 1e18 + Double(interval.components.seconds))
    }
}
