import Foundation
@testable import KamerArchiefParsers

/// What must hold for every document and citation list the parsers return, whatever the input.
/// A violation traps, so libFuzzer saves the input that caused it.
enum FuzzInvariants {
    /// Checks every paragraph, note reference, footnote and citation of `document`.
    static func check(_ document: Document) {
        let numbers = document.footnotes.map(\.number)
        require(Set(numbers).count == numbers.count, "footnote numbers repeat: \(numbers)")
        for note in document.footnotes {
            require(note.number >= 0, "footnote number \(note.number) is negative")
            check(note.citations, in: note.text)
        }
        forEachParagraph(in: document) { paragraph in
            require(!paragraph.text.unicodeScalars.contains("\n"), "paragraph text contains a newline: \(paragraph.text.debugDescription)")
            let length = paragraph.text.unicodeScalars.count
            var previousOffset = 0
            for ref in paragraph.noteRefs {
                require(ref.offset >= previousOffset && ref.offset <= length,
                        "note ref offset \(ref.offset) outside 0...\(length) or out of order in \(paragraph.text.debugDescription)")
                require(numbers.contains(ref.footnote), "note ref \(ref.footnote) points at no footnote")
                require(ref.location.line >= 1 && ref.location.column >= 1, "note ref location \(ref.location) is not 1-based")
                previousOffset = ref.offset
            }
            check(paragraph.citations, in: paragraph.text)
        }
    }

    /// Citations are in order, do not overlap, lie within `text`, and their `text` is what they cover.
    static func check(_ citations: [Citation], in text: String) {
        let scalars = Array(text.unicodeScalars)
        var end = 0
        for citation in citations {
            let range = citation.range
            require(range.length > 0 && range.offset >= end && range.end <= scalars.count,
                    "citation range \(range) outside \(end)...\(scalars.count) in \(text.debugDescription)")
            let covered = String(String.UnicodeScalarView(scalars[range.offset..<range.end]))
            require(covered == citation.text, "citation text \(citation.text.debugDescription) differs from the range's \(covered.debugDescription)")
            require(!citation.url.isEmpty, "citation \(citation.text.debugDescription) has no url")
            end = range.end
        }
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant violated: \(message())") }
    }
}

private extension FuzzInvariants {
    /// Every paragraph of a document: sections (recursively), pillar text and position, actions.
    static func forEachParagraph(in document: Document, _ body: (Paragraph) -> Void) {
        func visit(_ section: Section) {
            section.paragraphs.forEach(body)
            section.subsections.forEach(visit)
        }
        document.sections.forEach(visit)
        for pillar in document.pillars {
            pillar.text.forEach(body)
            pillar.position.forEach(body)
            for action in pillar.actions { action.paragraphs.forEach(body) }
        }
    }
}

/// The bytes libFuzzer hands over, decoded as the build decodes a content file.
func decodedInput(_ data: UnsafePointer<UInt8>, _ size: Int, path: String) -> String? {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (text, diagnostics) = TextDecoder.decode(bytes, path: path)
    for diagnostic in diagnostics {
        FuzzInvariants.require(diagnostic.location.file == path, "diagnostic for another file: \(diagnostic)")
    }
    return text
}

/// A sidecar outline when the input's first line is `outline: A | B > b1, b2 | C`, so the fuzzer
/// also reaches the code that applies a sidecar's pillars and actions.
func outlineSidecar(_ text: String, path: String) -> Sidecar? {
    guard text.hasPrefix("outline:"), let lineEnd = text.firstIndex(of: "\n") else { return nil }
    let spec = text[text.index(text.startIndex, offsetBy: 8)..<lineEnd]
    let pillars = spec.split(separator: "|").map { item -> OutlinePillar in
        let parts = item.split(separator: ">", maxSplits: 1)
        let actions = parts.count > 1 ? parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : nil
        return OutlinePillar(title: parts.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "", actions: actions)
    }
    return Sidecar(source: path.replacingOccurrences(of: ".txt", with: ".yml"), outline: pillars)
}
