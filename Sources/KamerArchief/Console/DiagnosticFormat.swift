/// How diagnostics are printed: the compiler format (the default; editors and most CI annotators
/// read it) or GitHub Actions workflow commands, which GitHub shows as annotations on the files.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `Content/x.txt:12:5: error: [code] message`.
    case compiler
    /// `::error file=Content/x.txt,line=12,col=5::[code] message`.
    case github

    /// One diagnostic as a line (without its newline). `colour` paints the severity word (red
    /// errors, yellow warnings) with ANSI escapes; only the compiler format is ever painted.
    public func line(_ diagnostic: Diagnostic, colour: Bool = false) -> String {
        switch self {
        case .compiler:
            guard colour else { return diagnostic.description }
            let position = diagnostic.location.line > 0 ? "\(diagnostic.location)" : diagnostic.location.file
            let paint = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
            return "\(position): \(paint)\(diagnostic.severity.rawValue)\u{1B}[0m: [\(diagnostic.code.rawValue)] \(diagnostic.message)"
        case .github:
            var properties = ["file=\(Self.escapeProperty(diagnostic.location.file))"]
            if diagnostic.location.line > 0 {
                properties += ["line=\(diagnostic.location.line)", "col=\(diagnostic.location.column)"]
            }
            let message = "[\(diagnostic.code.rawValue)] \(diagnostic.message)"
            return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(Self.escapeData(message))"
        }
    }

    /// A workflow command's message: `%`, `\r` and `\n` as GitHub's runner decodes them.
    public static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A workflow command's property value: as `escapeData`, and `:` and `,`, which end a value.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}

/// Whether to paint output: only on a terminal, and never when `NO_COLOR` is set to anything but
/// the empty string (https://no-color.org).
public enum TerminalStyle {
    public static func usesColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }
}
