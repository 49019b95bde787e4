/// The outcome of matching a request path against a `PathPattern`.
enum PathMatch: Equatable {
    /// The path fits; parameters are decoded.
    case matched([String: String])
    /// The path fits the shape but a parameter is not acceptable (answer 400).
    case invalidParameter(PathParameterError)
    /// The path does not fit.
    case noMatch
}

/// Why a path parameter was refused.
public enum PathParameterError: Error, Equatable, Sendable, HTTPStatusError {
    /// A bad `%` escape or bytes that are not UTF-8.
    case undecodable(parameter: String)
    /// Decodes to NUL or another control character, or to `/` or `\` (an encoded separator).
    case forbiddenCharacter(parameter: String)

    /// Always 400 Bad Request.
    public var status: HTTPStatus { .badRequest }
}

extension PathPattern {
    /// Matches pre-split raw path segments.
    func match(_ parts: [Substring]) -> PathMatch {
        var parameters: [String: String] = [:]
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .literal(let literal):
                guard index < parts.count, Self.literal(parts[index], equals: literal) else { return .noMatch }
            case .parameter(let name):
                guard index < parts.count, !parts[index].isEmpty else { return .noMatch }
                switch Self.decodeParameter(parts[index], name: name) {
                case .success(let value): parameters[name] = value
                case .failure(let error): return .invalidParameter(error)
                }
            case .catchAll(let name):
                guard index < parts.count else { return .noMatch }
                switch Self.decodeCatchAll(parts[index...], name: name) {
                case .success(let value): parameters[name] = value
                case .failure(let error): return .invalidParameter(error)
                }
                return .matched(parameters)
            }
        }
        return parts.count == segments.count ? .matched(parameters) : .noMatch
    }

    private static func literal(_ raw: Substring, equals literal: String) -> Bool {
        if raw.utf8.elementsEqual(literal.utf8) { return true }
        guard raw.utf8.contains(UInt8(ascii: "%")), let decoded = try? PercentDecoding.decode(raw) else { return false }
        return decoded == literal
    }

    private static func decodeCatchAll(
        _ parts: ArraySlice<Substring>, name: String
    ) -> Result<String, PathParameterError> {
        var decoded: [String] = []
        for part in parts {
            switch decodeParameter(part, name: name) {
            case .success(let value): decoded.append(value)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(decoded.joined(separator: "/"))
    }

    /// Percent-decodes one segment and refuses control characters and encoded separators.
    static func decodeParameter(_ raw: Substring, name: String) -> Result<String, PathParameterError> {
        let value: String
        if raw.utf8.contains(UInt8(ascii: "%")) {
            guard let decoded = try? PercentDecoding.decode(raw) else {
                return .failure(.undecodable(parameter: name))
            }
            value = decoded
        } else {
            value = String(raw)
        }
        for scalar in value.unicodeScalars where isForbidden(scalar) {
            return .failure(.forbiddenCharacter(parameter: name))
        }
        return .success(value)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || scalar == "/" || scalar == "\\"
            || (scalar.value >= 0x80 && scalar.value < 0xA0)
    }
}
