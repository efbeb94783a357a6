/// Hands out a document's section ids: a base the first time, then `-2`, `-3`, … after it, the
/// first suffix not taken. Each base remembers the suffix it reached, so a title repeated n times
/// costs n look-ups, not n² (20,000 equal headings took 13.9 s in the XML reader, and a fiche with
/// many equal headings was quadratic too). Every reader uses it: the fiche, official XML,
/// Kamerstuk PDF, page dump and letter readers.
struct SectionIDs {
    private var taken: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    mutating func unique(_ base: String) -> String {
        guard taken.contains(base) else {
            taken.insert(base)
            return base
        }
        // Suffixes below the one remembered were taken when it was reached, and stay taken.
        var suffix = nextSuffix[base] ?? 2
        var id = "\(base)-\(suffix)"
        while taken.contains(id) {
            suffix += 1
            id = "\(base)-\(suffix)"
        }
        nextSuffix[base] = suffix + 1
        taken.insert(id)
        return id
    }
}
