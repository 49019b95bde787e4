import Foundation
import Accounts

/// The re-verification contract: a card must be checked with its provider every `months`
/// months. Past one period it is *due* (flagged "informazioni da verificare" on the public
/// card and listed for its organisation's operators); past two periods it is also *demoted*
/// in search ranking. The reference date is the last verification, else the date its facts
/// come from (`facts_date`), else its creation.
public struct FreshnessPolicy: Sendable {
    /// Months between verifications. Default 6.
    public var months: Int
    public var clock: any AuthClock

    public init(months: Int = 6, clock: any AuthClock = SystemAuthClock()) {
        self.months = max(1, months)
        self.clock = clock
    }

    /// Where a card stands.
    public enum State: Sendable, Equatable {
        case current, due, demoted
    }

    /// Instants before which a reference makes a card due, and demoted.
    public func thresholds() -> (due: Int64, demoted: Int64) {
        let today = CalendarDay(unixSeconds: clock.nowSeconds())
        return (today.adding(months: -months).unixSeconds, today.adding(months: -2 * months).unixSeconds)
    }

    /// The state of a card whose reference instant is `reference` (unix seconds).
    public func state(reference: Int64) -> State {
        let (due, demoted) = thresholds()
        return reference < demoted ? .demoted : reference < due ? .due : .current
    }

    /// SQL for a service's reference instant, over the alias `s`.
    public static let referenceSQL =
        "coalesce(s.last_verified_at, CAST(strftime('%s', s.facts_date) AS INTEGER), s.created_at)"
}
