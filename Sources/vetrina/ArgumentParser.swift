/// Hand-rolled parsing of `--flag`, `--option VALUE` and `--option=VALUE` arguments.
/// Every option must be declared; positional arguments are not accepted.
struct ArgumentParser {
    /// Options that take a value, e.g. `["db", "to"]`.
    var valueOptions: Set<String>
    /// Options without a value, e.g. `["demo", "help"]`.
    var flags: Set<String>
    /// The command name, for error messages.
    var command: String

    /// Parses `arguments` (after the command name).
    /// - Throws: `CLIError.usage` for unknown options, repeated options, missing values, positionals.
    func parse(_ arguments: [String]) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--"), argument.count > 2 else {
                throw CLIError.usage("Argomento inatteso: «\(argument)».", command: command)
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if flags.contains(name) {
                guard inlineValue == nil else { throw CLIError.usage("L'opzione --\(name) non vuole un valore.", command: command) }
                parsed.flags.insert(name)
            } else if valueOptions.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                        throw CLIError.usage("Manca il valore dell'opzione --\(name).", command: command)
                    }
                    value = arguments[index]
                    index += 1
                }
                guard !value.isEmpty else { throw CLIError.usage("Il valore di --\(name) è vuoto.", command: command) }
                guard parsed.values[name] == nil else { throw CLIError.usage("Opzione --\(name) ripetuta.", command: command) }
                parsed.values[name] = value
            } else {
                throw CLIError.usage("Opzione sconosciuta: --\(name).", command: command)
            }
        }
        return parsed
    }
}

/// The result of `ArgumentParser.parse`.
struct ParsedArguments {
    var values: [String: String] = [:]
    var flags: Set<String> = []

    /// Whether `--name` was given.
    func has(_ name: String) -> Bool { flags.contains(name) }

    /// The value of `--name`, if given.
    func value(_ name: String) -> String? { values[name] }

    /// The value of a required option.
    /// - Throws: `CLIError.usage` when it is missing.
    func required(_ name: String, command: String) throws -> String {
        guard let value = values[name] else { throw CLIError.usage("Manca l'opzione obbligatoria --\(name).", command: command) }
        return value
    }

    /// The value of `--name` as a whole number in `range`, if given.
    /// - Throws: `CLIError.usage` when it is not a number or out of range.
    func integer(_ name: String, in range: ClosedRange<Int>, command: String) throws -> Int? {
        guard let text = values[name] else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw CLIError.usage("--\(name) vuole un numero intero tra \(range.lowerBound) e \(range.upperBound), non «\(text)».",
                                 command: command)
        }
        return number
    }
}
