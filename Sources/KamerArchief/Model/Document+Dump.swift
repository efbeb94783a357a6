import Foundation

/// A readable, line-oriented dump of a parsed document, with `@line:col` positions.
///
/// Golden tests compare these dumps, so a failure shows which paragraph, marker or citation moved.
extension Document {
    public var modelDump: String {
        let out = DumpWriter()
        out.line("document \(id) kind=\(kind.rawValue) format=\(format.rawValue) source=\(source)")
        out.indent {
            out.line("title: \(title.quoted)")
            out.line("date: \(date ?? "-")")
            dumpMetadata(into: out)
            for section in sections { dump(section, into: out) }
            for pillar in pillars { dump(pillar, into: out) }
            for note in footnotes {
                out.line("footnote \(note.number) \(note.location.short): \(note.text.quoted)")
                out.indent { for citation in note.citations { dump(citation, into: out) } }
            }
        }
        return out.text
    }
}

private extension Document {
    func dumpMetadata(into out: DumpWriter) {
        let m = metadata
        let pairs: [(String, String?)] = [
            ("nummer", m.nummer), ("datum", m.datum), ("bijgewerkt", m.bijgewerkt), ("versie", m.versie),
            ("zaak", m.zaak), ("kamerstuk", m.kamerstuk?.key), ("dossierTitle", m.dossierTitle),
            ("ficheNumber", m.ficheNumber.map(String.init)),
        ]
        out.line("metadata:")
        out.indent {
            for (key, value) in pairs { out.line("\(key): \(value ?? "-")") }
            for field in m.fields { out.line("field \(field.label.quoted) \(field.location.short): \(field.value.quoted)") }
            for field in m.related { out.line("related \(field.label.quoted) \(field.location.short): \(field.value.quoted)") }
            // Facts only some readers fill: printed only when present, so older dumps stay as they were.
            if let vergaderjaar = m.vergaderjaar { out.line("vergaderjaar: \(vergaderjaar)") }
            for signer in m.ondertekening { out.line("signer \(signer.naam.quoted) functie=\(signer.functie?.quoted ?? "-")") }
            if !m.indieners.isEmpty { out.line("indieners: \(m.indieners.map(\.quoted).joined(separator: ", "))") }
            if let kenmerk = m.kenmerk { out.line("kenmerk: \(kenmerk.quoted)") }
            if let ministerie = m.ministerie { out.line("ministerie: \(ministerie.quoted)") }
        }
    }

    func dump(_ section: Section, into out: DumpWriter) {
        out.line("section \(section.id) \(section.title.quoted) role=\(section.role?.rawValue ?? "-") \(section.location.short)")
        out.indent {
            for paragraph in section.paragraphs { dump(paragraph, into: out) }
            for subsection in section.subsections { dump(subsection, into: out) }
        }
    }

    func dump(_ pillar: Pillar, into out: DumpWriter) {
        out.line("pillar \(pillar.number) \(pillar.title.quoted) \(pillar.location.short)")
        out.indent {
            if !pillar.text.isEmpty {
                out.line("text:")
                out.indent { for paragraph in pillar.text { dump(paragraph, into: out) } }
            }
            if !pillar.position.isEmpty {
                out.line("position:")
                out.indent { for paragraph in pillar.position { dump(paragraph, into: out) } }
            }
            for action in pillar.actions {
                out.line("action \(action.number) \(action.title.quoted) \(action.location.short)")
                out.indent { for paragraph in action.paragraphs { dump(paragraph, into: out) } }
            }
        }
    }

    func dump(_ paragraph: Paragraph, into out: DumpWriter) {
        let label = paragraph.listLabel.map { " list=\($0.quoted)" } ?? ""
        out.line("paragraph \(paragraph.location.short)\(label): \(paragraph.text.quoted)")
        out.indent {
            for (ref, before) in zip(paragraph.noteRefs, paragraph.textBeforeNoteRefs()) {
                out.line("noteRef \(ref.footnote) \(ref.location.short) after \(before.quoted)")
            }
            for citation in paragraph.citations { dump(citation, into: out) }
            for range in paragraph.emphasis { out.line("emphasis [\(range.offset)+\(range.length)]") }
            if let table = paragraph.table {
                out.line("table \(table.rows.count) rows, \(table.headerRows) header")
                out.indent { for row in table.rows { out.line(row.map(\.quoted).joined(separator: " | ")) } }
            }
        }
    }

    func dump(_ citation: Citation, into out: DumpWriter) {
        let parts: [(String, String?)] = [
            ("kamer", citation.kamer), ("vergaderjaar", citation.vergaderjaar), ("dossier", citation.dossier),
            ("ondernummer", citation.ondernummer), ("year", citation.year.map(String.init)),
            ("number", citation.number), ("item", citation.item),
        ]
        let fields = parts.compactMap { key, value in value.map { "\(key)=\($0)" } }.joined(separator: " ")
        out.line("citation \(citation.kind.rawValue) \(citation.text.quoted) [\(citation.range.offset)+\(citation.range.length)] \(fields) url=\(citation.url)")
    }
}

extension Paragraph {
    /// For each note reference, up to `count` Unicode scalars of `text` right before it. The text's
    /// scalars are found once for all markers, so a paragraph with many markers stays linear.
    public func textBeforeNoteRefs(count: Int = 40) -> [String] {
        guard !noteRefs.isEmpty else { return [] }
        let scalars = ScalarBytes(text)
        return noteRefs.map { scalars.textBefore(offset: $0.offset, count: count) }
    }
}

extension ScalarBytes {
    /// Up to `count` scalars right before scalar `offset`, as text: cut from the bytes, not from a
    /// copy of every scalar.
    func textBefore(offset: Int, count: Int = 40) -> String {
        let end = Swift.min(Swift.max(offset, 0), self.count)
        return string(Swift.max(0, end - count), end)
    }
}

extension String {
    /// Up to `count` Unicode scalars of this text right before `offset`.
    public func textBefore(offset: Int, count: Int = 40) -> String {
        ScalarBytes(self).textBefore(offset: offset, count: count)
    }

    var quoted: String {
        "\"" + replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension SourceLocation {
    /// `@line:col`, the form used in dumps.
    var short: String { "@\(line):\(column)" }
}

/// Accumulates indented lines.
final class DumpWriter {
    private(set) var text = ""
    private var depth = 0

    func line(_ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    func indent(_ body: () -> Void) {
        depth += 1
        body()
        depth -= 1
    }
}
