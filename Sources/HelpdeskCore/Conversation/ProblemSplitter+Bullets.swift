/// Bulleted lists: "- Anna forgot her ID.me password" / "- Carl's account says locked". Each item is a line of its
/// own, read without its bullet.
extension ProblemSplitter {
    /// The marks that open a bulleted list's item, before a space: a hyphen, an asterisk, and the bullets and dashes
    /// that word processors and mail programs write.
    static let bullets: Set<Character> = ["-", "*", "•", "◦", "▪", "‣", "·", "–", "—"]

    /// The lines of `text` that open with a bullet (after spaces or tabs) and a space, each without its bullet and the
    /// spaces around it, when two or more lines do; nil otherwise. Lines end at any line break.
    static func bulletItems(_ text: String) -> [Substring]? {
        guard text.containsByte(10) || text.containsByte(13) else { return nil }
        let items = text.split(whereSeparator: \.isNewline).compactMap(bulletItem)
        return items.count >= 2 ? items : nil
    }

    /// `line` without its bullet and the spaces around it, when it opens with a bullet and a space; nil otherwise.
    static func bulletItem(_ line: Substring) -> Substring? {
        let rest = line.drop { $0 == " " || $0 == "\t" }
        guard let bullet = rest.first, bullets.contains(bullet) else { return nil }
        let after = rest.dropFirst()
        guard after.first == " " || after.first == "\t" else { return nil }
        return after.drop { $0 == " " || $0 == "\t" }
    }

    /// `text` with the bullet of each item of its bulleted list taken off, when it holds one; nil otherwise.
    static func withoutBullets(_ text: String) -> String? {
        guard bulletItems(text) != nil else { return nil }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { bulletItem($0) ?? $0 }.joined(separator: "\n")
    }

    /// The items of a list in `text`, without their bullets or numbers: a bulleted list's (`bulletItems(_:)`), else a
    /// numbered one's (`listItems(_:)`, the text before it left out); empty when it holds none.
    public func listedItems(_ text: String) -> [Substring] {
        if let bulleted = Self.bulletItems(text) { return bulleted }
        return Self.listItems(text).map { $0.items.map { $0[...] } } ?? []
    }
}
