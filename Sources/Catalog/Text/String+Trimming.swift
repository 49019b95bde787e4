extension StringProtocol {
    /// The text without leading and trailing white space and line ends (Unicode `White_Space`),
    /// like Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)` but without bridging
    /// through `NSString`, which dominated CSV import profiles (issue 14 item 3).
    func trimmingWhiteSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
