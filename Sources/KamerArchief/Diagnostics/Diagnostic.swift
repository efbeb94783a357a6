/// How bad a diagnostic is. Errors fail a build; warnings fail it only with `--strict`.
public enum Severity: String, Sendable, Codable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// One problem found in the content, printed in compiler format:
/// `Content/x.txt:12:5: error: [code] message`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    /// Where the problem is; the file alone (line 0) when no finer position is known.
    public var location: SourceLocation

    public init(_ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    public static func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, message, at: location)
    }

    public static func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location)
    }

    public var description: String {
        let position = location.line > 0 ? "\(location)" : location.file
        return "\(position): \(severity.rawValue): [\(code.rawValue)] \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line, column, then severity and text, with exact repeats removed,
    /// so that output is stable from run to run.
    public func sortedAndDeduplicated() -> [Diagnostic] {
        let unique = Array(Set(self))
        // Files are ranked once, then compared as integers: at 10,000 documents a rebuild sorts
        // thousands of warnings, and comparing their paths was most of it.
        let fileRanks = Dictionary(uniqueKeysWithValues: Set(unique.map(\.location.file)).sorted().enumerated().map { ($1, $0) })
        let ranks = unique.map { fileRanks[$0.location.file]! }
        return unique.indices.sorted { left, right in
            if ranks[left] != ranks[right] { return ranks[left] < ranks[right] }
            let lhs = unique[left], rhs = unique[right]
            return (lhs.location.line, lhs.location.column, lhs.severity, lhs.code.rawValue, lhs.message)
                < (rhs.location.line, rhs.location.column, rhs.severity, rhs.code.rawValue, rhs.message)
        }.map { unique[$0] }
    }

    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
