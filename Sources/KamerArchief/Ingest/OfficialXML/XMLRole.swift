/// What an element of official publication XML means to the reader; the two forms (modern
/// `officiele-publicatie` and old `kamerwrk`) map their element names onto these roles, and one
/// builder (`XMLDocumentBuilder`) turns roles into the model.
enum XMLRole: Equatable, Sendable {
    /// Known structure around metadata: stray text in it is not body text (`stuknr`'s `Nr. `).
    case metaContainer
    /// Known structure around body text: stray text in it becomes a paragraph.
    case bodyContainer
    /// Known inline markup whose text simply flows (`inf`, `sup`, `intref`).
    case inline
    /// Known, and everything inside it is left out on purpose (`witreg`, `tekstregel` lines that are
    /// only layout).
    case ignored
    /// Not in the tag table: its text is kept, and a warning is given once per name.
    case unknown
    /// `al`: a paragraph, or a line joined into the list item, note or cell around it.
    case paragraph
    /// `tussenkop`, `tuskop`: starts a new section at the current level.
    case heading
    /// `divisie`, `hoofdstuk`, `artikel`: a nested section whose title comes from its `kop`, or is
    /// `title` until a `kop` names it (`adviesrvs`, `nader-rapport`, which have none of their own).
    case division(SectionRole?, title: String? = nil)
    /// `kop` of a division.
    case divisionHeading
    /// A division's subject, which names it only where nothing else has (a VLOS `onderwerp` after
    /// its `titel`).
    case divisionSubject
    /// The root of a VLOS report: its `status` attribute is the report's (`Ongecorrigeerd`).
    case reportRoot
    /// A VLOS report's `vergadering`: its `soort` (`Plenair`, `Commissie`) and `kamer` attributes,
    /// then the meeting's facts and its activities.
    case meeting
    /// A part of a heading or name (`nr`, `titel`, `voornaam`): separated from its neighbours by a space.
    case part
    case list
    /// `li`, `lid`: one list item (an article's `lid` is numbered like one).
    case listItem
    /// `li.nr`, `lidnr`: the item's label as printed.
    case listLabel
    case table
    /// `tgroup`: a block of columns; its `colspec`s and `spanspec`s name them.
    case tableGroup
    /// `colspec colname=… colnum=…`: names a column.
    case tableColumnSpec
    /// `spanspec spanname=… namest=… nameend=…`: names a run of columns.
    case tableSpanSpec
    case tableHead
    /// `tfoot`: rows CALS writes before the body and prints after it.
    case tableFoot
    case tableRow
    case tableCell
    case tableCaption
    /// `nadruk`: a run in emphasis.
    case emphasis
    /// `extref doc=…`: a citation with an exact target.
    case extref
    /// `noot`: a footnote written where its marker stands.
    case footnote
    /// `noot.nr`: the footnote's number.
    case footnoteNumber
    /// `voetref refid=…`: a marker pointing at a `voetnoot` elsewhere.
    case footnoteRef
    /// `nootref refid=…`: a second marker for a `noot` written earlier.
    case footnoteRepeat
    /// `voetnoot id=…`: the text of a note referred to by `voetref`.
    case footnoteBody
    /// `ondertekening`, `ondtek`: the signers.
    case signature
    /// A metadata value read from the element's text.
    case field(XMLField)
    /// `meta name=… content=…`: metadata in attributes.
    case meta
    /// `datum isodatum=…`.
    case datum
    /// `spreker` in a report of a debate (the Handelingen' `spreekbeurt`): its parts make the label
    /// that opens the turn (`De heer Erkens (VVD):`), a paragraph of its own as the report prints it.
    case speaker
    /// A party or an office inside a `spreker`, written in the label's own form.
    case speakerDetail(SpeakerDetail)

    enum SpeakerDetail: Equatable, Sendable {
        /// `politiek`: in parentheses after the name.
        case party
        /// `functie`: after the name and a comma.
        case office
    }

    /// Whether the element's text and children are left out: layout, attribute-only metadata, and
    /// markers whose printed number the reader writes itself.
    var hidesContent: Bool {
        switch self {
        case .ignored, .meta, .footnoteRef, .footnoteRepeat: return true
        default: return false
        }
    }

    /// Whether the element runs inside text rather than starting a new block.
    var isInline: Bool {
        switch self {
        case .inline, .unknown, .emphasis, .extref, .footnote, .footnoteRef, .footnoteRepeat, .part, .datum, .speakerDetail: return true
        default: return false
        }
    }
}

/// The metadata values read from element text.
enum XMLField: Equatable, Sendable {
    case stukTitle, dossierTitle, dossierNumber, ondernummer, vergaderjaar, kamer, dateText, signerName, signerFunction
    /// `kamervraagnummer`.
    case questionNumber
    /// `begrotingshoofdstuk`: a budget's chapter (`XIV`), the dossier's toevoeging.
    case budgetChapter
    /// `item-titel`: the title of an item of the Handelingen, which also names its division.
    case itemTitle
    /// A VLOS meeting's `titel` (`58e vergadering`), `vergaderingnummer` and `datum`.
    case meetingTitle, meetingNumber, meetingDate
}
