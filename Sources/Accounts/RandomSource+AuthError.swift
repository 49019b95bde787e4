import Crypto

extension RandomSource {
    /// `bytes(count:)` with a failure reported as Accounts' own `AuthError.randomUnavailable`,
    /// for the typed-throwing token, salt and password generators.
    func authBytes(count: Int) throws(AuthError) -> [UInt8] {
        do {
            return try bytes(count: count)
        } catch {
            throw .randomUnavailable
        }
    }
}
