/// Reads the structure of a fiche in the official PDF layout from its body lines: the `Fiche N:`
/// title, the numbered chapters (`2. Essentie voorstel`), their lettered subsections
/// (`a) Inhoud voorstel`), the Algemene gegevens label/value pairs, and the paragraphs.
///
/// Unlike a page dump, the PDF keeps the template's numbering, so a heading is a line that carries
/// the next number (or letter) in sequence and reads like a heading: it does not end a sentence, and
/// a lettered one outside the Algemene gegevens starts with a capital and is recognised by
/// `FicheHeading` or stands on its own line. A body list item `b) …` that ends a sentence, or a
/// `3.` where chapter 5 is due, stays body text. Heading roles come from `FicheHeading`, as for the
/// page dump. A heading or label that wraps continues on the next line when that line opens in
/// lowercase or the heading filled its line.
enum FichePDFStructure {
    static func build(_ events: [PageEvent], file: String) -> (tree: FicheSectionTree, diagnostics: [Diagnostic]) {
        var builder = Builder(file: file, lines: Reflower.bodyLines(events))
        builder.run()
        return (builder.tree, builder.diagnostics)
    }
}
