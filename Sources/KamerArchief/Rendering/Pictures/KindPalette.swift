/// Fill colours per document kind: distinct hues that keep a 3:1 contrast with white, so bars
/// read on screen and in print; the legend and the table carry the same facts as text.
enum KindPalette {
    static func fill(_ kind: DocumentKind) -> String {
        switch kind {
        case .fiche: return "#1f5f8b"
        case .kamerbrief: return "#b34d00"
        case .motie: return "#2e7d32"
        case .amendement: return "#8e24aa"
        case .memorieVanToelichting: return "#6d4c41"
        case .memorieVanAntwoord: return "#8d4e2a"
        case .verslag: return "#c2185b"
        case .nota: return "#546e7a"
        case .wetsvoorstel: return "#827717"
        case .advies: return "#4e5d94"
        case .kamervragen: return "#00695c"
        case .kamerstuk: return "#37474f"
        }
    }
}
