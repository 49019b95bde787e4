import Foundation
import Accounts

/// A clock stopped at `date`: a seeding step stamps its audit lines with the same time as the
/// cards and revisions it writes.
struct FixedAuthClock: AuthClock {
    let date: Date

    func nowSeconds() -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
}
