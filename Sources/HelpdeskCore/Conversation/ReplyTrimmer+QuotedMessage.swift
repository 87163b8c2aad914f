/// The earlier message a reply quotes, read when the writer's own lines ask nothing: "Please see below and advise"
/// above a client's forwarded problem.
extension ReplyTrimmer {
    /// The message `text` quotes: the lines after the first line that opens it (one of `replySeparators`, an
    /// attribution, or a header block after the writer's text, whose lines are kept: at the top of the message, only
    /// its subject is read), or else its lines that open with `>`; one `>` and the space after it are taken off each
    /// line, so a message quoted twice keeps its inner quote. Nil when `text` quotes nothing.
    public func quotedMessage(in text: String) -> String? {
        guard text.containsByte(10) else { return nil }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let contents = lines.map { $0.drop { $0 == " " || $0 == "\t" } }
        var opening = contents.firstIndex { !replySeparators.phrases.isEmpty && replySeparators.contains(String($0)) }
            .map { $0 + 1 }
        if let attribution = attributionStart(in: contents) { opening = min(opening ?? .max, attribution + 1) }
        if let header = headerBlock(in: contents), !isAtTop(header.start, forward: forwardLine(in: contents), in: contents) {
            opening = min(opening ?? .max, header.start)
        }
        let quoted = opening.map { contents[$0...] } ?? contents.filter { $0.first == ">" }[...]
        let message = quoted.map(Self.unquoted).joined(separator: "\n")
        return message.contains(where: { $0.isLetter || $0.isNumber }) ? message : nil
    }

    /// `line` without one leading `>` and the space after it.
    private static func unquoted(_ line: Substring) -> Substring {
        guard line.first == ">" else { return line }
        let rest = line.dropFirst()
        return rest.first == " " ? rest.dropFirst() : rest
    }

    /// The line of `contents` (lines without their leading spaces) that opens a forwarded message, if one does.
    func forwardLine(in contents: [Substring]) -> Int? {
        forwardSeparators.phrases.isEmpty ? nil : contents.firstIndex { forwardSeparators.contains(String($0)) }
    }

    /// Whether a header block starting at line `start` heads the pasted message rather than opening a quoted one:
    /// no line with a letter comes before it, or after the forward line `forward` when that comes before it.
    func isAtTop(_ start: Int, forward: Int?, in contents: [Substring]) -> Bool {
        let before = forward.map { contents[($0 + 1)..<start] } ?? contents[..<start]
        return (forward.map { $0 < start } ?? true) && !before.contains { $0.contains(where: \.isLetter) }
    }
}
