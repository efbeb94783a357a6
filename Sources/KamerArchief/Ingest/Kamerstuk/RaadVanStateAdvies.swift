/// The Raad van State's advice on a bill and the government's reply to it, the nader rapport, as one
/// Kamerstuk (`ADVIES RAAD VAN STATE EN NADER RAPPORT`, nr. 4 of the bill's dossier). Its head has
/// no date of its own: the text opens `Hieronder zijn opgenomen het advies van de Raad van State d.d.
/// 10 september 2004 en het nader rapport d.d. 9 december 2004, …`.
enum RaadVanStateAdvies {
    /// The paper's date from its opening sentence: the nader rapport's, which the paper is published
    /// with, else the advice's; nil where its first paragraphs name neither.
    static func date(_ document: Document) -> String? {
        let opening = document.sections.lazy.flatMap(\.allParagraphs).prefix(3).map(\.text)
        for label in ["nader rapport d.d. ", "Raad van State d.d. "] {
            for text in opening {
                guard let found = text.range(of: label) else { continue }
                let words = Array(text[found.upperBound...].utf8.prefix(40))
                let end = words.indices.filter { words[$0] == 0x20 }.dropFirst(2).first ?? words.count
                var date = Array(words[..<end])
                while let last = date.last, last == UInt8(ascii: ",") || last == UInt8(ascii: ".") { date.removeLast() }
                if let iso = DayMonthYear.iso(date, 0..<date.count) { return iso }
            }
        }
        return nil
    }
}
