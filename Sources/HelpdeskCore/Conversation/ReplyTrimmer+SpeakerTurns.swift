/// A chat transcript pasted as one line: "Caller: I can't get in. Agent: what happens when you try? Caller: it says my
/// account is locked" holds three turns, cut where a speaker label follows a sentence end.
extension ReplyTrimmer {
    /// Whether `text` may hold a speaker's turn after a sentence end: there are agent labels, and a colon after a
    /// sentence end (`.`, `!` or `?` and a space). Most lines are told otherwise on one scan of their bytes.
    func mayHoldSpeakerTurns(_ text: String) -> Bool {
        guard !agentLabels.isEmpty, text.containsByte(UInt8(ascii: ":")) else { return false }
        var copy = text
        return copy.withUTF8 { bytes in
            var sentenceEnded = false
            for i in bytes.indices {
                let byte = bytes[i]
                if byte == UInt8(ascii: ":"), sentenceEnded { return true }
                if byte == 32, i > 0, bytes[i - 1] == UInt8(ascii: ".") || bytes[i - 1] == UInt8(ascii: "!") || bytes[i - 1] == UInt8(ascii: "?") {
                    sentenceEnded = true
                }
            }
            return false
        }
    }

    /// `line` cut before each speaker label (as `speakerLine(_:)` reads one: an agent label, or one or two words of
    /// letters, and a colon) that follows a sentence end (`.`, `!` or `?` and a space) and is an agent's, the one the
    /// line opens with, or the first after an agent's turn: "Caller: ... Agent: ...? Caller: ..." is three turns, while
    /// in "caller: no. it says: locked" the caller goes on. `[line]` when there is no such cut. Each turn but the last
    /// ends at its sentence end.
    func speakerTurns(_ line: Substring) -> [Substring] {
        guard !agentLabels.isEmpty, line.utf8.contains(UInt8(ascii: ":")) else { return [line] }
        let opening = speakerLine(line.drop { $0 == " " || $0 == "\t" })?.label
        // Each turn's sentence end, and where the next turn's label starts.
        var cuts: [(end: Substring.Index, start: Substring.Index)] = []
        var afterAgent = false
        let bytes = line.utf8
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            i = bytes.index(after: i)
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
                  i < bytes.endIndex, bytes[i] == 32 else { continue }
            var start = i
            while start < bytes.endIndex, bytes[start] == 32 { start = bytes.index(after: start) }
            guard start < bytes.endIndex, let speaker = speakerLine(line[start...]) else { continue }
            let isAgent = agentLabels.contains(speaker.label)
            guard isAgent || afterAgent || speaker.label == opening else { continue }
            cuts.append((i, start))
            afterAgent = isAgent
        }
        guard !cuts.isEmpty else { return [line] }
        var turns: [Substring] = []
        var start = line.startIndex
        for cut in cuts {
            turns.append(line[start..<cut.end])
            start = cut.start
        }
        turns.append(line[start...])
        return turns
    }
}
