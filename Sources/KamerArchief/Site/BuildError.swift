/// A failure of the build environment (not of the content): exit code 2.
public enum BuildError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A folder is missing, unreadable or unwritable; the message names the path.
    case environment(String)

    public var description: String {
        switch self {
        case .environment(let message): return "error: \(message)"
        }
    }
}
