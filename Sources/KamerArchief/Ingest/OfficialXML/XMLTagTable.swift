/// The forms of parliamentary XML, each a table from element name to `XMLRole`: the two forms of
/// official publication XML, and the Tweede Kamer's reports of its meetings (VLOS).
///
/// A few names mean different things by parent (`titel` in `dossier`, `stuk`, `kop` or `tabel`;
/// `nummer` and `naam` in `onderw` or `stuk`), so a look-up gets the parent's name and role.
enum XMLForm: String, Sendable {
    /// `officiele-publicatie`, the form served by officielebekendmakingen.nl since 2009.
    case modern = "officiele-publicatie"
    /// `kamerwrk`, the older form (about 1995–2009).
    case kamerwrk
    /// `vlosCoreDocument`: the report of a meeting of the Tweede Kamer (a plenary meeting or a
    /// committee's) as its open data serve it (`Verslag/{id}/resource`), in the vocabulary of the
    /// VLOS schema, whose own root is named `vlosdocument`.
    case vlos = "vlosCoreDocument"

    /// The form whose root element is `root`; nil for a root of none.
    init?(root: String) {
        if root == "vlosdocument" { self = .vlos } else { self.init(rawValue: root) }
    }

    /// The role of element `name` under `parent` (nil for the root); `attributes` decide a few.
    func role(of name: String, parent: (name: String, role: XMLRole)?, attributes: XMLAttributes) -> XMLRole {
        if self == .vlos { return XMLForm.vlosRole(of: name, parent: parent?.name) }
        if let contextual = contextualRole(of: name, parent: parent, attributes: attributes) { return contextual }
        let table = self == .modern ? XMLForm.modernTable : XMLForm.kamerwrkTable
        return table[name] ?? XMLForm.sharedTable[name] ?? .unknown
    }
}

private extension XMLForm {
    /// A VLOS report as the Tweede Kamer prints it: the meeting's facts, then each activity
    /// (`activiteit`: a debate, the vragenuur) and its parts (`activiteithoofd`: a termijn, a
    /// question) as sections titled by their `titel`, and the text of every turn (`woordvoerder`,
    /// `interrumpant`) and standard passage (`draadboekfragment`) where it stands. A turn's text
    /// opens with its speaker's label (`Mevrouw Kathmann (GroenLinks-PvdA):`), so the structured
    /// facts of speakers, votes and zaken beside the text are not printed again.
    static func vlosRole(of name: String, parent: String?) -> XMLRole {
        switch name {
        case "titel":
            switch parent {
            case "vergadering": return .field(.meetingTitle)
            case "activiteit", "activiteithoofd", "bijlage": return .divisionHeading
            default: return .ignored
            }
        case "onderwerp":
            // An activity's subject names it where it has no title.
            return parent == "activiteit" || parent == "activiteithoofd" || parent == "bijlage" ? .divisionSubject : .ignored
        case "datum":
            return parent == "vergadering" ? .field(.meetingDate) : .ignored
        case "alineaitem":
            return parent == "lijst" ? .listItem : .paragraph
        default:
            return vlosTable[name] ?? sharedTable[name] ?? .unknown
        }
    }

    static let vlosTable: [String: XMLRole] = [
        "vlosCoreDocument": .reportRoot, "vlosdocument": .reportRoot, "vergadering": .meeting,
        "vergaderjaar": .field(.vergaderjaar), "vergaderingnummer": .field(.meetingNumber),
        "activiteit": .division(nil), "activiteithoofd": .division(nil), "bijlages": .bodyContainer, "bijlage": .division(nil),
        "activiteitdeel": .bodyContainer, "activiteititem": .bodyContainer, "woordvoerder": .bodyContainer,
        "interrumpant": .bodyContainer, "draadboekfragment": .bodyContainer,
        "tekst": .bodyContainer, "alinea": .bodyContainer, "alineagroep": .bodyContainer,
        "dossiernummer": .inline, "stuknummer": .inline,
        // The facts beside the text: who speaks, times, votes, zaken, the committee and the parties.
        "spreker": .ignored, "sprekers": .ignored, "zaken": .ignored, "stemmingen": .ignored, "relaties": .ignored,
        "commissies": .ignored, "fracties": .ignored, "activiteitenindex": .ignored, "zaal": .ignored,
        "aanvangstijd": .ignored, "sluiting": .ignored, "eindtijd": .ignored, "markeertijdbegin": .ignored, "markeertijdeind": .ignored,
        "parlisid": .ignored, "voortzetting": .ignored, "isnieuw": .ignored, "isvoorzitter": .ignored, "isdraad": .ignored,
        "besluitvorm": .ignored, "uitslag": .ignored, "omschrijving": .ignored, "rectificatieomschrijving": .ignored,
    ]
}

private extension XMLForm {
    func contextualRole(of name: String, parent: (name: String, role: XMLRole)?, attributes: XMLAttributes) -> XMLRole? {
        let parentName = parent?.name ?? ""
        switch name {
        case "titel":
            // The old form's page head (`<kamerwrk><kop><titel>Tweede Kamer …`) names the house.
            if parentName == "kop", parent?.role == .metaContainer { return .field(.kamer) }
            switch parentName {
            case "dossier", "onderw": return .field(.dossierTitle)
            case "stuk": return .field(.stukTitle)
            case "tabel", "table": return .tableCaption
            case "kop": return .part
            default: return .heading
            }
        case "title":
            // CALS names a table's caption `title`.
            return parentName == "tabel" || parentName == "table" ? .tableCaption : nil
        case "nummer":
            switch parentName {
            case "onderw": return .field(.dossierNumber)
            case "stuk", "stuknr": return .field(.ondernummer)
            default: return nil
            }
        case "naam":
            if parentName == "onderw" { return .field(.dossierTitle) }
            if parent?.role == .signature { return .field(.signerName) }
            // A name in running text (`Vragen van het lid <naam>…</naam>`) is part of it.
            return self == .modern ? .inline : nil
        case "functie":
            if parent?.role == .speaker { return .speakerDetail(.office) }
            return parent?.role == .signature ? .field(.signerFunction) : self == .modern ? .inline : nil
        case "politiek":
            return parent?.role == .speaker ? .speakerDetail(.party) : nil
        case "onderwerp":
            // An item's subject, which the Handelingen do not print: its title (`item-titel`) does.
            return parentName == "agendapunt" ? .ignored : nil
        case "term":
            return parentName == "definitie-item" ? .listLabel : nil
        case "subtitel":
            guard parentName == "kop" else { return nil }
            return parent?.role == .metaContainer ? .ignored : .part
        case "kop":
            // The old form prints its page head (house, number, vergaderjaar) as the root's `kop`.
            if parentName == "kamerwrk" { return .metaContainer }
            // A motion read out in a debate is headed `Motie`, a line of the turn's text.
            return parentName == "motie" ? .paragraph : nil
        case "deze":
            // `<ondertekening><functie>De Minister …,</functie><deze>C.J. Schouten</deze>`.
            return parent?.role == .signature ? .field(.signerName) : nil
        case "vraag", "antwoord":
            // Kamervragen's questions and answers are sections titled by their `nr` (`Vraag 1`,
            // `Antwoord 1`), as their PDF and web page print them; a nota's are list items.
            return parentName == "kamervragen" || parentName == "vragen" ? .division(nil, title: name == "vraag" ? "Vraag" : "Antwoord") : nil
        case "nr", "label":
            if parentName == "kop" { return .part }
            // An item's number, printed before its title on the site; the title alone names it here.
            if parentName == "agendapunt" { return .ignored }
            // A numbered question or answer (`<vraag><nr>1</nr><al>…</al></vraag>`): its section's title
            // in kamervragen, else a list item's label.
            if parentName == "vraag" || parentName == "antwoord" {
                return parent.map({ if case .division = $0.role { true } else { false } }) == true ? .divisionHeading : .listLabel
            }
            // A wetsvoorstel's closing prints `<label>Gegeven</label>` on a line of its own.
            return name == "label" ? .paragraph : nil
        case "tekstregel":
            switch attributes["inhoud"] {
            case "vergaderjaar": return .field(.vergaderjaar)
            case "kameraanduiding": return .field(.kamer)
            default: return .ignored
            }
        default:
            return nil
        }
    }

    /// Elements both forms share: body text, lists, CALS tables, inline markup.
    static let sharedTable: [String: XMLRole] = [
        "al": .paragraph, "lijst": .list, "li": .listItem, "li.nr": .listLabel,
        "tabel": .table, "table": .table, "tabel.titel": .tableCaption, "tgroup": .tableGroup, "colspec": .tableColumnSpec, "spanspec": .tableSpanSpec,
        "thead": .tableHead, "tbody": .bodyContainer, "tfoot": .tableFoot, "row": .tableRow, "entry": .tableCell,
        "nadruk": .emphasis, "extref": .extref, "intref": .inline, "inf": .inline, "sup": .inline, "br": .part,
        "witreg": .ignored, "meta": .meta, "metadata": .metaContainer, "datum": .datum, "datumtekst": .field(.dateText), "dagtekening": .field(.dateText),
        "afbeelding": .ignored, "illustratie": .ignored, "tussenkop": .heading, "kop": .divisionHeading,
        "vraag": .listItem, "antwoord": .listItem, "slotformule": .paragraph, "bijlage": .division(nil, title: "Bijlage"), "plaats": .inline,
        // Kamervragen in the older Aanhangsel's names (the modern ones are `kamervraag…`): `vragen`
        // around a `vraagnummer`, `omschr` lines, each `vraag` and `antwoord`, a `toelicht` line.
        "vraagdoc": .bodyContainer, "vragen": .bodyContainer, "vraagnummer": .field(.questionNumber),
        "omschr": .paragraph, "ondw": .inline, "toelicht": .paragraph, "reactie": .bodyContainer,
    ]

    static let modernTable: [String: XMLRole] = [
        "officiele-publicatie": .metaContainer, "kamerstuk": .metaContainer, "kamerstukkop": .metaContainer,
        "dossier": .metaContainer, "dossiernummer": .metaContainer, "dossiernr": .field(.dossierNumber),
        // A budget's chapter, printed after the dossier number (`35 470` `XIV`): part of the dossier.
        "begrotingshoofdstuk": .field(.budgetChapter),
        "stuk": .metaContainer, "stuknr": .metaContainer, "ondernummer": .field(.ondernummer),
        "algemeen": .bodyContainer, "vrije-tekst": .bodyContainer, "tekst": .bodyContainer, "al-groep": .bodyContainer,
        "tekst-sluiting": .bodyContainer, "ondertekening": .signature,
        "voornaam": .part, "achternaam": .part, "tussenvoegsel": .part, "voorletters": .part, "titulatuur": .part,
        "divisie": .division(nil),
        "noot": .footnote, "nootref": .footnoteRepeat, "noot.nr": .footnoteNumber, "noot.al": .paragraph, "noot.lijst": .list,
        "noot.li": .listItem, "noot.li.nr": .listLabel,
        // Wetsvoorstellen: the enacting formula, the body with its chapters and articles.
        "wetsvoorstel": .bodyContainer, "wet-besluit": .bodyContainer, "wettekst": .bodyContainer,
        "aanhef": .bodyContainer, "afkondiging": .bodyContainer, "considerans": .bodyContainer,
        "considerans.al": .paragraph, "wij": .paragraph, "wie": .paragraph, "lichaam": .bodyContainer, "slotformulering": .bodyContainer,
        "hoofdstuk": .division(nil), "titeldeel": .division(nil), "afdeling": .division(nil),
        "paragraaf": .division(nil), "sub-paragraaf": .division(nil),
        "artikel": .division(.artikel), "lid": .listItem, "lidnr": .listLabel,
        // Amendementen: what changes where, then the explanation.
        "amendement": .bodyContainer, "amendement-lid": .bodyContainer, "artikeltekst": .bodyContainer,
        "voorstel-sluiting": .bodyContainer, "structuurtekst": .bodyContainer,
        "wijziging": .bodyContainer, "wat": .paragraph, "toelichting": .bodyContainer,
        "wijzig-artikel": .bodyContainer, "wijzig-lid": .bodyContainer, "wijzig-divisie": .bodyContainer,
        "nota-toelichting": .bodyContainer,
        // Advice of the Raad van State and the government's reply, printed in the Kamerstuk.
        "adviesrvs": .division(nil, title: "Advies Raad van State"), "advies": .bodyContainer,
        "nader-rapport": .division(nil, title: "Nader rapport"),
        "voorstel-wet": .bodyContainer, "wetsluiting": .bodyContainer,
        // Blocks inside the text: a framed box, a quotation, a list of defined terms.
        "box": .bodyContainer, "aanhaling": .bodyContainer,
        // A table's source line, printed under it.
        "bron": .bodyContainer,
        "definitielijst": .list, "definitie-item": .listItem, "definitie": .bodyContainer,
        "extref-groep": .inline, "intref-groep": .inline,
        // A picture the XML only names, and the table of contents the headings already give.
        "plaatje": .ignored, "officiele-inhoudsopgave": .ignored,
        // Kamervragen (Aanhangsel Handelingen, kv-tk): who asks whom about what, then each
        // question and answer (`vraag`, `antwoord`, shared with the nota's).
        "kamervragen": .bodyContainer, "kamervraagkop": .metaContainer, "kamervraagnummer": .field(.questionNumber),
        "kamervraagomschrijving": .paragraph, "kamervraagonderwerp": .inline, "kamervraagopmerking": .paragraph,
        "politiek": .inline, "organisatie": .inline,
        // The Handelingen (h-tk, h-ek): an item (`agendapunt`) titled by its `item-titel`, the
        // chair's and the clerk's text between turns (`tekst`), each turn a `spreekbeurt` of a
        // `spreker` and their text, a motion read out in it (`motie`, with the number it gets in
        // `motie-info`). `vergadering` holds the meeting's facts, which the metadata give.
        "handelingen": .bodyContainer, "agendapunt": .division(nil), "item-titel": .field(.itemTitle),
        "spreekbeurt": .bodyContainer, "spreker": .speaker, "voorvoegsels": .part,
        "motie": .bodyContainer, "motie-info": .bodyContainer, "vergadering": .metaContainer,
    ]

    static let kamerwrkTable: [String: XMLRole] = [
        "kamerwrk": .metaContainer, "frontm": .metaContainer, "vergjaar": .field(.vergaderjaar),
        "ordernr": .ignored, "ltrlabel": .ignored,
        "onderw": .metaContainer, "kamer": .field(.kamer), "versie": .ignored, "publtype": .ignored,
        "body": .bodyContainer, "stuk": .bodyContainer, "tuskop": .heading, "ondtek": .signature,
        "voetref": .footnoteRef, "voetnoot": .footnoteBody, "hfdst": .division(nil),
        "artikel": .division(.artikel), "lid": .listItem, "lidnr": .listLabel,
    ]
}
