/// Takes out of pasted text what the person asking did not write for this question: quoted earlier messages (lines
/// that start with `>`), the signature after a `--` line, and in a chat transcript the help desk's own lines (a
/// line that starts with one of the lexicon's `agent_labels` and a colon, after an optional time stamp such as
/// `[10:42]` or `10:42 am`). Text with nothing else left is kept whole.
public struct ReplyTrimmer: Sendable {
    /// Lowercase speaker labels of the help desk's side.
    public let agentLabels: Set<String>

    public init(agentLabels: some Sequence<String> = []) {
        self.agentLabels = Set(agentLabels.map { $0.lowercased() })
    }

    /// How many lines of each kind a text lost, for explanations.
    public struct LeftOut: Sendable, Equatable {
        public var quotedLines = 0
        public var agentLines = 0
        /// The signature's lines, its `--` line included.
        public var signatureLines = 0
        /// Lines whose time stamp and speaker label were left out, their words kept (when the help desk's lines are
        /// put back for context).
        public var speakerLabels = 0

        public init(quotedLines: Int = 0, agentLines: Int = 0, signatureLines: Int = 0, speakerLabels: Int = 0) {
            self.quotedLines = quotedLines
            self.agentLines = agentLines
            self.signatureLines = signatureLines
            self.speakerLabels = speakerLabels
        }

        public var isEmpty: Bool { quotedLines == 0 && agentLines == 0 && signatureLines == 0 && speakerLabels == 0 }
    }

    /// `text` without its quoted lines, signature and agent lines; `text` itself when it has none, or when nothing
    /// with a letter or digit would be left.
    public func trim(_ text: String) -> String { trimming(text).text }

    /// `trim(_:)` with what it left out (nothing when it gave `text` back whole); with `keepingAgentLines`, the help
    /// desk's lines stay in.
    public func trimming(_ text: String, keepingAgentLines: Bool = false) -> (text: String, leftOut: LeftOut) {
        guard text.utf8.contains(10) || text.utf8.first == UInt8(ascii: ">") else { return (text, LeftOut()) }
        var kept: [Substring] = []
        var leftOut = LeftOut()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() {
            let content = line.drop { $0 == " " || $0 == "\t" }
            if content.trimmingTrailingWhitespace() == "--" {  // the signature delimiter: the rest is signature
                leftOut.signatureLines = lines.count - i
                break
            }
            if content.first == ">" {
                leftOut.quotedLines += 1
            } else if keepingAgentLines, agentLabels.isEmpty == false, let speaker = speakerLine(content) {
                kept.append(speaker.content)  // every side's words, without time stamps and speaker labels
                leftOut.speakerLabels += 1
            } else if isAgentLine(content) {
                leftOut.agentLines += 1
            } else {
                kept.append(line)
            }
        }
        guard !leftOut.isEmpty else { return (text, leftOut) }
        let trimmed = kept.joined(separator: "\n")
        return trimmed.contains(where: { $0.isLetter || $0.isNumber }) ? (trimmed, leftOut) : (text, LeftOut())
    }

    /// Whether the line opens with a time stamp (optional) and then an agent label and a colon.
    func isAgentLine(_ line: Substring) -> Bool {
        guard !agentLabels.isEmpty, let speaker = speakerLine(line) else { return false }
        return agentLabels.contains(speaker.label)
    }

    /// A transcript line's speaker label (lowercased, one or two words) and what follows its colon, after an optional
    /// time stamp: "[10:42] agent: are you signed in?" gives "agent" and "are you signed in?"; nil for other lines.
    func speakerLine(_ line: Substring) -> (label: String, content: Substring)? {
        guard line.contains(":") else { return nil }
        var rest = line[...]
        if rest.first == "[", let close = rest.firstIndex(of: "]") {
            rest = rest[rest.index(after: close)...]
        } else if rest.first?.isNumber == true {  // 10:42, 10:42:07, 10:42 am
            rest = rest.drop { $0.isNumber || $0 == ":" || $0 == "." }
            let word = rest.drop { $0 == " " }.prefix { $0.isLetter }.lowercased()
            if word == "am" || word == "pm" { rest = rest.drop { $0 == " " }.dropFirst(2) }
        }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard let end = rest.firstIndex(of: ":") else { return nil }
        let label = rest[..<end].trimmingTrailingWhitespace().lowercased()
        let words = label.split(separator: " ")
        guard !words.isEmpty, words.count <= 2, label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) else { return nil }
        return (label, rest[rest.index(after: end)...].drop { $0 == " " || $0 == "\t" })
    }
}

private extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[startIndex..<end]
    }
}
