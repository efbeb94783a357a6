import Foundation

/// What a flow block is in the letter's outline.
enum BlockRole: Sendable, Hashable {
    /// An opening heading that names the document (`Bijlage …`), kept out of the body.
    case titleLine
    case pillar
    case action
    /// A heading before the first pillar: a subsection of the introduction.
    case subheading
    case paragraph
}

/// Decides which headings are pillars and actions, then builds the letter's sections and pillars.
///
/// Detected: a pillar is a heading followed directly by another heading (its first action); any
/// other heading after the first pillar is an action. Declared (a sidecar outline): pillars are
/// exactly the headings that match a declared title, and a pillar that lists its actions has
/// exactly those; a heading that matches nothing declared becomes a plain paragraph.
enum OutlineBuilder {
    static func roles(
        for blocks: [FlowBlock], outline: [OutlinePillar]?, sidecarFile: String
    ) -> (roles: [BlockRole], diagnostics: [Diagnostic]) {
        guard let outline else { return (detectedRoles(blocks), []) }
        var roles: [BlockRole] = []
        var foundPillars = Set<Int>(), foundActions = Set<[Int]>()
        var pillar: Int?
        for block in blocks {
            guard block.kind == .heading else { roles.append(.paragraph); continue }
            let key = block.text.text.headingKey
            if let index = outline.indices.first(where: { !foundPillars.contains($0) && outline[$0].title.headingKey == key }) {
                foundPillars.insert(index)
                pillar = index
                roles.append(.pillar)
            } else if let pillar, let actions = outline[pillar].actions {
                let action = actions.indices.first { !foundActions.contains([pillar, $0]) && actions[$0].headingKey == key }
                if let action { foundActions.insert([pillar, action]) }
                roles.append(action == nil ? .paragraph : .action)
            } else {
                roles.append(pillar == nil ? (roles.isEmpty ? .titleLine : .subheading) : .action)
            }
        }
        var diagnostics: [Diagnostic] = []
        let location = SourceLocation(file: sidecarFile, line: 0, column: 0)
        for (index, declared) in outline.enumerated() {
            guard foundPillars.contains(index) else {
                diagnostics.append(.warning(.outlineMismatch, "outline pillar \(declared.title.quoted) is not a line of the text", at: location))
                continue
            }
            for (actionIndex, action) in (declared.actions ?? []).enumerated() where !foundActions.contains([index, actionIndex]) {
                diagnostics.append(.warning(
                    .outlineMismatch, "outline action \(action.quoted) of pillar \(declared.title.quoted) is not a line of the text",
                    at: location))
            }
        }
        return (roles, diagnostics)
    }

    /// Builds the introduction (text before the first pillar) and the pillars with their actions.
    ///
    /// `paragraphs` holds one paragraph for each block whose role is `.paragraph`, in order.
    static func assemble(
        _ blocks: [FlowBlock], roles: [BlockRole], paragraphs: [Paragraph]
    ) -> (sections: [Section], pillars: [Pillar], titleLine: String?) {
        var intro: [Paragraph] = [], subsections: [Section] = [], pillars: [Pillar] = []
        var subsectionIDs = SectionIDs()
        _ = subsectionIDs.unique("inleiding")
        var titleLine: String?
        var remaining = paragraphs[...]
        for (block, role) in zip(blocks, roles) {
            let title = block.text.text
            switch role {
            case .titleLine:
                titleLine = title
            case .pillar:
                pillars.append(Pillar(number: pillars.count + 1, title: title, location: block.location))
            case .action:
                let number = pillars[pillars.count - 1].actions.count + 1
                pillars[pillars.count - 1].actions.append(Action(number: number, title: title, location: block.location))
            case .subheading:
                let id = subsectionIDs.unique(slug(title))
                subsections.append(Section(id: id, title: title, role: .other, location: block.location))
            case .paragraph:
                guard let paragraph = remaining.popFirst() else { continue }
                if !pillars.isEmpty {
                    let last = pillars.count - 1
                    if pillars[last].actions.isEmpty {
                        pillars[last].text.append(paragraph)
                    } else {
                        pillars[last].actions[pillars[last].actions.count - 1].paragraphs.append(paragraph)
                    }
                } else if !subsections.isEmpty {
                    subsections[subsections.count - 1].paragraphs.append(paragraph)
                } else {
                    intro.append(paragraph)
                }
            }
        }
        guard !intro.isEmpty || !subsections.isEmpty else { return ([], pillars, titleLine) }
        let location = intro.first?.location ?? subsections[0].location
        let inleiding = Section(
            id: "inleiding", title: "Inleiding", role: .other, paragraphs: intro, subsections: subsections,
            location: location)
        return ([inleiding], pillars, titleLine)
    }
}

private extension OutlineBuilder {
    static func detectedRoles(_ blocks: [FlowBlock]) -> [BlockRole] {
        let isHeading = blocks.map { $0.kind == .heading }
        var roles: [BlockRole] = []
        var seenPillar = false
        for index in blocks.indices {
            guard isHeading[index] else { roles.append(.paragraph); continue }
            let nextIsHeading = isHeading.dropFirst(index + 1).first ?? false
            // An opening heading that is no pillar, or one above a pillar and its first action.
            let opensDocument = index == 0
                && (!nextIsHeading || (isHeading.dropFirst(2).first ?? false))
            if opensDocument {
                roles.append(.titleLine)
            } else if nextIsHeading {
                roles.append(.pillar)
                seenPillar = true
            } else {
                roles.append(seenPillar ? .action : .subheading)
            }
        }
        return roles
    }
}

extension OutlineBuilder {
    /// Lowercase ASCII letters, digits and `-`: a section's id before `SectionIDs` makes it unique.
    /// White space, `/` and `&` become `-` (`A/B` → `a-b`; see `KamerstukBody.slug`).
    static func slug(_ title: String) -> String {
        // ASCII titles skip Foundation's lowercasing and decomposition, which give the same letters.
        let scalars = title.utf8.allSatisfy { $0 < 0x80 } ? title.unicodeScalars : title.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        var bytes: [UInt8] = []
        for character in scalars {
            if ("a"..."z").contains(character) || character.isASCIIDigit {
                bytes.append(UInt8(character.value))
            } else if ("A"..."Z").contains(character) {
                bytes.append(UInt8(character.value) + 32)
            } else if character.isFastWhitespace || "-/&".unicodeScalars.contains(character), let last = bytes.last, last != UInt8(ascii: "-") {
                bytes.append(UInt8(ascii: "-"))
            }
        }
        if bytes.last == UInt8(ascii: "-") { bytes.removeLast() }
        return bytes.isEmpty ? "sectie" : String(decoding: bytes, as: UTF8.self)
    }
}
