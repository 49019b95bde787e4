import Crypto

/// Random passwords for new accounts: 20 characters from an alphabet without look-alikes
/// (no 0/O, 1/l/I), in groups of five joined by `-`: about 113 bits of entropy.
public enum GeneratedPassword {
    static let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    /// A new password. Rejection sampling keeps every character equally likely.
    public static func make(using random: any RandomSource) throws(AuthError) -> String {
        var characters: [Character] = []
        let limit = 256 - 256 % alphabet.count
        while characters.count < 20 {
            for byte in try random.authBytes(count: 32) where Int(byte) < limit && characters.count < 20 {
                characters.append(alphabet[Int(byte) % alphabet.count])
            }
        }
        return stride(from: 0, to: 20, by: 5).map { String(characters[$0..<$0 + 5]) }.joined(separator: "-")
    }
}
