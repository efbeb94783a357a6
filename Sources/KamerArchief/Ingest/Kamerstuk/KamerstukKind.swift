/// Reads a Kamerstuk's type from its own heading: the `stuk` title in XML, the heading line in PDF
/// text (`BRIEF VAN DE MINISTER VAN …`, `MOTIE VAN HET LID …`, `MEMORIE VAN TOELICHTING`).
///
/// The table is ordered: the first row whose prefix the heading starts with wins, so the longer
/// `NOTA NAAR AANLEIDING VAN HET VERSLAG` comes before `VERSLAG` could match inside it, and
/// `GEWIJZIGDE MOTIE` before `MOTIE`.
public enum KamerstukKind {
    /// The kind a heading names, or nil when it names none of the known types.
    public static func classify(_ heading: some StringProtocol) -> DocumentKind? {
        let key = normalized(heading)
        guard !key.isEmpty else { return nil }
        for (prefixes, kind) in table where prefixes.contains(where: { key.hasPrefix($0) }) {
            return kind
        }
        // `TWEEDE NOTA VAN WIJZIGING`, `NADERE MEMORIE VAN ANTWOORD`: the same kind as without the word.
        if let space = key.firstIndex(of: " "), sequenceWords.contains(String(key[..<space])) {
            return classify(key[key.index(after: space)...])
        }
        // `AANVULLING OP DE NOTA NAAR AANLEIDING VAN HET VERSLAG`: a supplement is of its paper's kind.
        for supplement in supplementPrefixes where key.hasPrefix(supplement) {
            return classify(key.dropFirst(supplement.count))
        }
        return nil
    }

    static let supplementPrefixes = ["AANVULLING OP DE ", "AANVULLING OP HET ", "AANVULLENDE "]

    /// Words that number or follow up a paper of a kind: it is still of that kind.
    static let sequenceWords: Set<String> = [
        "TWEEDE", "DERDE", "VIERDE", "VIJFDE", "ZESDE", "ZEVENDE", "ACHTSTE", "NEGENDE", "TIENDE", "NADERE", "NADER",
    ]

    /// Heading prefixes, uppercase, single-spaced, and the kind each names.
    static let table: [(prefixes: [String], kind: DocumentKind)] = [
        // A letter from the government, a committee, the Algemene Rekenkamer, the Voorzitter …
        (["BRIEF VAN ", "BRIEF AAN "], .kamerbrief),
        (["GEWIJZIGDE MOTIE", "MOTIE VAN HET LID", "MOTIE VAN DE LEDEN", "MOTIE"], .motie),
        (["GEWIJZIGD AMENDEMENT", "NADER GEWIJZIGD AMENDEMENT", "AMENDEMENT"], .amendement),
        (["MEMORIE VAN TOELICHTING"], .memorieVanToelichting),
        (["MEMORIE VAN ANTWOORD"], .memorieVanAntwoord),
        (["NOTA NAAR AANLEIDING VAN HET VERSLAG", "NOTA NAAR AANLEIDING VAN HET NADER VERSLAG", "NOTA NAAR AANLEIDING VAN HET EINDVERSLAG",
          "NOTA VAN WIJZIGING", "NOTA VAN ANTWOORD", "NOTA VAN VERBETERING", "INITIATIEFNOTA"], .nota),
        // A mirror names a plenary debate's verbatim report, before its correction, a `Stenogram`;
        // tweedekamer.nl a committee's questions before the verslag is set `INBRENG VERSLAG …`.
        (["VERSLAG", "NADER VERSLAG", "VOORLOPIG VERSLAG", "EINDVERSLAG", "LIJST VAN VRAGEN", "STENOGRAM", "INBRENG VERSLAG", "INBRENG VOOR HET VERSLAG"], .verslag),
        (["VOORSTEL VAN WET", "GEWIJZIGD VOORSTEL VAN WET", "VOORSTEL VAN RIJKSWET", "GEWIJZIGD VOORSTEL VAN RIJKSWET"], .wetsvoorstel),
        // The Raad van State's advice on a bill: with the nader rapport as the Kamerstuk (nr. 4 of
        // the bill's dossier), or alone as a mirror names the Word file (`Advies Afdeling advisering …`).
        (["ADVIES RAAD VAN STATE", "ADVIES AFDELING ADVISERING", "ADVIES VAN DE RAAD VAN STATE", "ADVIES VAN DE AFDELING ADVISERING",
          "NADER RAPPORT"], .advies),
        (["VRAGEN VAN HET LID", "VRAGEN VAN DE LEDEN", "SCHRIFTELIJKE VRAGEN", "ANTWOORD SCHRIFTELIJKE VRAGEN", "KAMERVRAGEN"], .kamervragen),
    ]

    /// Uppercased, white space collapsed to single spaces, trimmed; `Motie van het lid` and
    /// `MOTIE  VAN HET LID` read the same.
    static func normalized(_ heading: some StringProtocol) -> String {
        heading.uppercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
