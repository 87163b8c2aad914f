/// Email header blocks: the "From:" / "Sent:" / "To:" / "Subject:" lines an email program writes above a message,
/// Outlook's often after a line of underscores and with no "-----Original Message-----" line.
extension ReplyTrimmer {
    /// The fewest header lines in a row that make a block: "To: Help Desk" alone is no header.
    public static let minimumHeaderLines = 3

    /// The first header block of `lines` (each without its leading spaces): the lines from `start` (a line of
    /// underscores right before the headers, blank lines between, when there is one) to the end of `headers`, three
    /// lines or more in a row that each open with a different one of `replyHeaderLabels` and a colon. Nil when there
    /// is none.
    func headerBlock(in lines: [Substring]) -> (start: Int, headers: Range<Int>)? {
        guard !replyHeaderLabels.isEmpty, lines.count >= Self.minimumHeaderLines else { return nil }
        var first = 0
        while first < lines.count {
            var seen: Set<String> = []
            var end = first
            while end < lines.count, let label = labelled(lines[end])?.label, replyHeaderLabels.contains(label),
                  seen.insert(label).inserted {
                end += 1
            }
            guard end - first < Self.minimumHeaderLines else { return (rule(before: first, in: lines) ?? first, first..<end) }
            first = max(end, first + 1)
        }
        return nil
    }

    /// The line of underscores alone ("________") right before line `index`, blank lines between, if there is one.
    private func rule(before index: Int, in lines: [Substring]) -> Int? {
        var i = index - 1
        while i >= 0, lines[i].allSatisfy(\.isWhitespace) { i -= 1 }
        guard i >= 0 else { return nil }
        let line = lines[i].filter { !$0.isWhitespace }
        return !line.isEmpty && line.allSatisfy { $0 == "_" } ? i : nil
    }
}
