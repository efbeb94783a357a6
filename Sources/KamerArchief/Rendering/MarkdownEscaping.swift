/// Makes any text inert inside a CommonMark template: it renders as the same visible text and can
/// never become Markdown or HTML syntax.
///
/// Every ASCII punctuation character gets a backslash (CommonMark allows that for all of them),
/// line ends and tabs become spaces, so a value can open no block, and leading spaces cannot make
/// an indented code block.
public enum MarkdownEscaping {
    public static func escape(_ text: String) -> String {
        escapeInline(text).trimmingLeadingSpaces
    }

    /// Like `escape`, but keeps leading spaces: for a piece that continues a line.
    static func escapeInline(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}":
                result += " "
            case "!"..."/", ":"..."@", "["..."`", "{"..."~":
                result += "\\"
                result.unicodeScalars.append(scalar)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Splitting rows of a `table` block into cells at `|` that is not backslash-escaped.
enum TableSyntax {
    static func cells(of row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current)
        // A leading and trailing `|` frame the row; they do not make empty cells.
        if cells.first?.allSatisfy({ $0 == " " }) == true { cells.removeFirst() }
        if cells.last?.allSatisfy({ $0 == " " }) == true { cells.removeLast() }
        return cells.map { $0.trimmingCharacters(in: " ") }
    }
}

private extension String {
    var trimmingLeadingSpaces: String {
        guard first == " " else { return self }
        return String(drop { $0 == " " })
    }
}
