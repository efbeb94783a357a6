/// Addresses of official publications, for papers the archive does not hold.
public enum OfficialPublication {
    public static let base = "https://zoek.officielebekendmakingen.nl/"

    /// `https://zoek.officielebekendmakingen.nl/kst-21501-30-621.html`
    public static func kamerstukURL(_ number: KamerstukNumber) -> String {
        "\(base)kst-\(number.key).html"
    }
}
