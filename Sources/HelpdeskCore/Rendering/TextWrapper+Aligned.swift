extension TextWrapper {
    /// Wraps a text laid out in columns (`:why`'s "Question:   ..." lines, "  1. 0.998  mfa-recovery  matched: ..."),
    /// line by line: a line that fits is kept as it is, and a longer one is cut at spaces, its further lines hanging
    /// at its value column (after the first run of two or more spaces), so the labels stay in a column of their own.
    /// Spacing inside a line is kept. With no width, the text comes back unchanged.
    public func wrapAligned(_ text: String) -> String {
        guard let width, width > 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Self.wrapKeepingSpaces(Array($0), width: width) }
            .joined(separator: "\n")
    }

    /// One line cut at spaces to `width`, with the hanging indent `valueColumn(_:)` gives; a word longer than the
    /// room left stays whole. A line indented past half the width (a pasted question's own indent) is cut from the
    /// margin: its indent leaves no room (50 spaces at 40 columns stopped the session on a range check).
    static func wrapKeepingSpaces(_ line: [Character], width: Int) -> String {
        guard line.count > width else { return String(line) }
        let leading = line.prefix { $0 == " " }.count
        if leading > width / 2 { return wrapKeepingSpaces(Array(line.dropFirst(leading)), width: width) }
        let hang = valueColumn(line, width: width)
        let indent = [Character](repeating: " ", count: hang)
        var lines: [String] = []
        var rest = line
        var first = true
        while rest.count > width {
            let start = first ? hang : indent.count  // never cut inside the label or the indent
            var cut = rest[start...width].lastIndex(of: " ")
            if cut == nil || cut == start { cut = rest[(width + 1)...].firstIndex(of: " ") }
            guard let at = cut else { break }
            lines.append(String(rest[..<at]).trimmingTrailingSpaces)
            let next = rest[at...].drop { $0 == " " }
            if next.isEmpty { rest = []; break }
            rest = indent + next
            first = false
        }
        if !rest.isEmpty { lines.append(String(rest)) }
        return lines.joined(separator: "\n")
    }

    /// Where a line's value starts: after its leading spaces and a label of one or two words ending in a colon
    /// ("Question:   " gives 12, "  Thresholds: " 14, "Matched on: " 12), else after the first run of two or more
    /// spaces ("  1. 0.998  " gives 13); its leading spaces when it has neither, or when the value would start past
    /// half the width.
    static func valueColumn(_ line: [Character], width: Int) -> Int {
        let leading = line.prefix { $0 == " " }.count
        let firstWord = line[leading...].prefix { $0 != " " }
        let secondWord: ArraySlice<Character> = firstWord.endIndex + 1 < line.count && line[firstWord.endIndex] == " "
            ? line[(firstWord.endIndex + 1)...].prefix { $0 != " " } : []
        var i = leading
        if firstWord.last == ":", firstWord.endIndex < line.count {
            i = firstWord.endIndex
        } else if firstWord.last?.isLetter == true, secondWord.last == ":", secondWord.endIndex < line.count {
            i = secondWord.endIndex
        } else {
            while i + 1 < line.count, !(line[i] == " " && line[i + 1] == " ") { i += 1 }
            guard i + 1 < line.count else { return leading }
        }
        let value = line[i...].prefix { $0 == " " }.count + i
        return value <= width / 2 ? value : leading
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
