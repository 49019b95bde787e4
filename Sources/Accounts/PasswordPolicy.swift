/// Rules a new password must meet (OWASP ASVS 2.1: length over composition, no common passwords).
/// Messages are in Italian, ready to show next to the field.
public struct PasswordPolicy: Sendable {
    /// Minimum length in characters (ASVS 2.1.1).
    var minimumLength = 12
    /// Maximum length in characters (ASVS 2.1.2 asks to allow at least 64).
    var maximumLength = 128

    public init() {}

    /// The reasons `password` is not acceptable; empty when it is. `email` is the account's e-mail,
    /// which must not be reused as the password.
    public func problems(with password: String, email: String = "") -> [String] {
        let length = password.count
        if length < minimumLength {
            return ["La password deve avere almeno \(minimumLength) caratteri."]
        }
        if length > maximumLength {
            return ["La password può avere al massimo \(maximumLength) caratteri."]
        }
        var problems: [String] = []
        let lowered = password.lowercased()
        if Set(lowered).count < 4 {
            return ["La password è troppo ripetitiva: usa caratteri diversi."]
        }
        if Self.common.contains(where: { lowered.contains($0) }) {
            problems.append("La password è troppo comune: scegli una frase che solo tu conosci.")
        }
        let local = email.lowercased().split(separator: "@").first.map(String.init) ?? ""
        if local.count >= 4 && lowered.contains(local) {
            problems.append("La password non deve contenere il tuo indirizzo e-mail.")
        }
        return problems
    }

    /// Fragments of the most used passwords (Italian and international leaked-password lists).
    private static let common = [
        "123456", "password", "qwerty", "abc123", "111111", "iloveyou", "admin", "letmein",
        "welcome", "passw0rd", "cambiami", "vetrina", "welfare", "ciaociao", "juventus",
        "napoli", "ti amo", "tiamo", "forzainter", "forzamilan", "000000", "asdfgh", "zxcvbn",
    ]
}
