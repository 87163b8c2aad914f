/// Takes out of pasted text what the person asking did not write for this question: quoted earlier messages (lines
/// that start with `>`, and a line that is one of the lexicon's `reply_separators`, "-----Original Message-----", with
/// every line after it), the signature after a `--` line, and in a chat transcript the help desk's own lines (a
/// line that starts with one of the lexicon's `agent_labels` and a colon, after an optional time stamp such as
/// `[10:42]` or `10:42 am`; a line is cut into turns before each speaker label after a sentence end,
/// `speakerTurns(_:)`, so one line may hold both sides). A sign-off line (one of the lexicon's `sign_offs`, as a whole line: "Thanks,",
/// "Regards", "Sent from my iPhone") is signature too, and so are the short lines right after it that read like a
/// name, title, firm or contact line (`isSignatureLine(_:)`): "Maria" / "Office Manager" / "Tax preparer" /
/// "Smith & Jones CPA" / "Enrolled Agent | IRS Authorized e-file Provider" / "cell: 555-201-4477". The
/// first other line ("also my phone was stolen") ends the signature and is read. Text with nothing else left is kept
/// whole; when it is only sign-offs and their signature, `LeftOut.signOffOnly` says so. A sign-off that is the last
/// sentence or clause of a line ("My account is locked. Sent from my iPhone") is found by `closingSignOff(_:)`, for the
/// matcher.
public struct ReplyTrimmer: Sendable {
    /// Lowercase speaker labels of the help desk's side.
    public let agentLabels: Set<String>
    /// Lowercase labels of an email's or ticket's subject line ("subject", "re", "fwd").
    public let subjectLabels: Set<String>
    /// Lines that close a message ("thanks", "sent from my iphone"), compared as whole lines the way acknowledgements are.
    public let signOffs: Acknowledgements
    /// Lowercase words of a signature's title or firm line ("manager", "preparer", "accounting"): written in
    /// lowercase, they count as a name's capitalized words do, so "Office manager" and "Tax preparer" are signature.
    public let signatureWords: Set<String>
    /// Lines that open the quoted earlier message ("original message"), compared as whole lines like `signOffs`.
    public let replySeparators: Acknowledgements
    /// Lines that open a forwarded message ("forwarded message"), compared as whole lines like `replySeparators`: the
    /// line is left out, and a header block right after it heads the forwarded message (only its subject line is
    /// read) instead of opening a quoted one.
    public let forwardSeparators: Acknowledgements
    /// Lowercase labels of an email's header lines ("from", "sent", "to", "subject"): a block of them after the
    /// writer's text opens the quoted message; at the top, it heads the message, and only its subject line is read.
    public let replyHeaderLabels: Set<String>
    /// Attribution lines that open the quoted message, as the words that open and end them ("on", "wrote").
    public let replyAttributions: [(opens: [String], ends: [String])]
    /// The first word of each of `signOffs` ("sent", "thanks"), as bytes: a line that opens with none of them is no
    /// sign-off, and most lines are told so without building their key (`mayBeSignOff(_:)`).
    let signOffFirstWords: [[UInt8]]

    public init(agentLabels: some Sequence<String> = [], subjectLabels: some Sequence<String> = [],
                signOffs: some Sequence<String> = [], signatureWords: some Sequence<String> = [],
                replySeparators: some Sequence<String> = [], replyHeaderLabels: some Sequence<String> = [],
                replyAttributions: some Sequence<String> = [], forwardSeparators: some Sequence<String> = []) {
        self.agentLabels = Set(agentLabels.map { $0.lowercased() })
        self.subjectLabels = Set(subjectLabels.map { $0.lowercased() })
        self.signOffs = Acknowledgements(Array(signOffs))
        signOffFirstWords = Array(Set(self.signOffs.phrases.compactMap { $0.split(separator: " ").first.map { Array($0.utf8) } }))
        self.signatureWords = Set(signatureWords.map { $0.lowercased() })
        self.replySeparators = Acknowledgements(Array(replySeparators))
        self.forwardSeparators = Acknowledgements(Array(forwardSeparators))
        self.replyHeaderLabels = Set(replyHeaderLabels.map { $0.lowercased() })
        self.replyAttributions = replyAttributions.compactMap(Self.attribution)
    }

    /// The most words (runs with a letter or digit) a signature line after a sign-off has, or each piece of a line
    /// cut at `|`: "Smith & Jones CPA, LLC" has four; "Also my phone was stolen" would pass on length alone, and is
    /// told apart by its lowercase words.
    public static let maximumSignatureWords = 6

    /// Whether `line` reads like a signature's name, title, firm or contact line. It has no question mark, and it, or
    /// each piece of it between `|`, `•` or `·` separators ("Enrolled Agent | IRS Authorized e-file Provider"), is
    /// one of these (`isSignaturePiece(_:)`):
    /// - a name, title or firm: at most `maximumSignatureWords` words, at least one capitalized word, number,
    ///   placeholder, address (`@`, `.`, `/`: "ron@smithcpa.com", "www.smithcpa.com") or one of `signatureWords`
    ///   ("Tax preparer"), and no other lowercase word longer than three letters ("of", "at", "and" may stand between
    ///   names), unless most of its words are such words and the last one is ("IRS Authorized e-file Provider"; "Also
    ///   IRS TDS is locked" ends lowercase);
    /// - a contact line: a phone number (seven digits or more), an email or web address or a placeholder, with at
    ///   most two other words, or four that end in a label's colon ("cell: 555-201-4477", "Direct line: ...").
    func isSignatureLine(_ line: Substring) -> Bool {
        guard !line.contains("?") else { return false }
        let pieces = line.split { $0 == "|" || $0 == "•" || $0 == "·" }
            .filter { $0.contains { $0.isLetter || $0.isNumber } }
        guard !pieces.isEmpty else { return false }
        return pieces.allSatisfy(isSignaturePiece)
    }

    /// Whether one piece of a line (the whole line, or a part between `|` separators) reads like a name, title, firm
    /// or contact line; see `isSignatureLine(_:)`.
    func isSignaturePiece(_ piece: Substring) -> Bool {
        let words = piece.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }
        guard !words.isEmpty, words.count <= Self.maximumSignatureWords else { return false }
        if Self.isContactPiece(words) { return true }
        var named = 0
        var lowercaseLong = false
        var lastNamed = false
        for word in words {
            let bare = word.drop { !($0.isLetter || $0.isNumber || $0 == "[") }
            lastNamed = false
            guard let first = bare.first else { continue }
            if !first.isLetter || first.isUppercase || Self.isAddress(bare) || isSignatureWord(bare) {
                named += 1
                lastNamed = true
            } else if bare.filter(\.isLetter).count > 3 {
                lowercaseLong = true
            }
        }
        guard named > 0 else { return false }
        return !lowercaseLong || (named * 2 > words.count && lastNamed)
    }

    /// Whether `word` (without its leading punctuation), its trailing punctuation dropped, is one of `signatureWords`.
    private func isSignatureWord(_ word: Substring) -> Bool {
        !signatureWords.isEmpty && signatureWords.contains(String(word.prefix { $0.isLetter || $0.isNumber }).lowercased())
    }

    /// Whether `word` (without its leading punctuation) is an email or web address: "ron@smithcpa.com",
    /// "www.smithcpa.com", "smithcpa.com/contact".
    /// Initials and abbreviations are not: "P.S.", "U.S.", "e.g." have a single letter between their dots.
    private static func isAddress(_ word: Substring) -> Bool {
        if word.contains("@") || word.contains("/") { return true }
        let parts = word.reversed().drop { !($0.isLetter || $0.isNumber) }.reversed()
            .split(separator: ".", omittingEmptySubsequences: false)
        return parts.count > 1 && parts.allSatisfy { $0.count > 1 }
    }

    /// Whether `words` are a contact line: a phone number (its digit groups holding seven digits or more), an email
    /// or web address, or a placeholder (`[PHONE]`), and at most two other words, or at most four when one of them
    /// ends in a colon ("Office:", "Direct line:").
    private static func isContactPiece(_ words: [Substring]) -> Bool {
        var phoneDigits = 0
        var hasItem = false
        var others = 0
        var labelled = false
        for word in words {
            let bare = word.drop { !($0.isLetter || $0.isNumber || $0 == "[") }
            if word.allSatisfy({ $0.isNumber || "()-.+/".contains($0) }) {
                phoneDigits += word.filter(\.isNumber).count
            } else if bare.first == "[" || (bare.first?.isLetter == true && isAddress(bare)) {
                hasItem = true
            } else {
                others += 1
                if word.hasSuffix(":") { labelled = true }
            }
        }
        guard hasItem || phoneDigits >= 7 else { return false }
        return others <= 2 || (labelled && others <= 4)
    }

    /// What the subject lines of `text` say: each line that starts with one of `subjectLabels` and a colon, after
    /// any further such labels ("Subject: RE: Fwd: can't log in" says "can't log in"). None when `text` has no
    /// other line with a letter: a subject sums up a body. Lines end at any line break (`\n`, `\r\n`).
    public func subjects(in text: String) -> [Substring] {
        guard !subjectLabels.isEmpty, text.containsByte(10), text.containsByte(UInt8(ascii: ":")) else { return [] }
        var subjects: [Substring] = []
        var bodyLines = 0
        for line in text.split(whereSeparator: \.isNewline) {
            var rest = line.drop { $0 == " " || $0 == "\t" }
            var isSubject = false
            while let labelled = labelled(rest), subjectLabels.contains(labelled.label) {
                rest = labelled.content
                isSubject = true
            }
            if isSubject {
                subjects.append(rest)
            } else if line.contains(where: \.isLetter) {
                bodyLines += 1
            }
        }
        return bodyLines > 0 ? subjects : []
    }

    /// How many lines of each kind a text lost, for explanations.
    public struct LeftOut: Sendable, Equatable {
        public var quotedLines = 0
        /// The header lines ("From:", "Sent:", "To:") of an email pasted whole, its subject line aside.
        public var headerLines = 0
        public var agentLines = 0
        /// The signature's lines, its `--` line included.
        public var signatureLines = 0
        /// Chat lines whose time stamp and speaker label were left out, their words kept.
        public var speakerLabels = 0
        /// Whether the help desk's lines were kept for their context (the caller's alone answered nothing).
        public var agentLinesKept = false
        /// Whether the quoted message was read: the writer's own lines answered nothing.
        public var quotedMessageRead = false
        /// Whether the text was nothing but sign-offs and their signature ("Sent from my iPhone", "Thanks,\nJane"),
        /// kept whole: it asks about nothing.
        public var signOffOnly = false

        public init(quotedLines: Int = 0, agentLines: Int = 0, signatureLines: Int = 0, speakerLabels: Int = 0,
                    agentLinesKept: Bool = false, signOffOnly: Bool = false) {
            self.quotedLines = quotedLines
            self.agentLines = agentLines
            self.signatureLines = signatureLines
            self.speakerLabels = speakerLabels
            self.agentLinesKept = agentLinesKept
            self.signOffOnly = signOffOnly
        }

        public var isEmpty: Bool { quotedLines == 0 && headerLines == 0 && agentLines == 0 && signatureLines == 0 && speakerLabels == 0 }
    }

    /// `text` without its quoted lines, signature and agent lines; `text` itself when it has none, or when nothing
    /// with a letter or digit would be left. In a chat (a text with an agent line), every other line also loses its
    /// time stamp and speaker label ("[10:42] cx: no code" is "no code").
    public func trim(_ text: String) -> String { trimming(text).text }

    /// `trim(_:)` with what it left out (nothing when it gave `text` back whole); with `keepingAgentLines`, the help
    /// desk's lines stay in, without their time stamps and labels.
    public func trimming(_ text: String, keepingAgentLines: Bool = false) -> (text: String, leftOut: LeftOut) {
        guard text.containsByte(10) || text.utf8.first == UInt8(ascii: ">") || mayHoldSpeakerTurns(text) else {
            return (text, LeftOut(signOffOnly: mayBeSignOff(text) && signOffs.contains(text)))
        }
        var kept: [Substring] = []
        var leftOut = LeftOut()
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).flatMap(speakerTurns)
        let contents = lines.map { $0.drop { $0 == " " || $0 == "\t" } }
        // Each line's speaker label, read once; a text with an agent's line is a chat.
        let speakers = agentLabels.isEmpty ? [] : contents.map(speakerLine)
        let isChat = speakers.contains { $0.map { agentLabels.contains($0.label) } ?? false }
        // An email header block ("From:" / "Sent:" / "To:"): after the writer's text, the quoted message starts there;
        // at the top, it heads the message pasted.
        let header = headerBlock(in: contents)
        let attribution = attributionStart(in: contents)
        // A forwarded message's separator line: a header block right after it heads the message forwarded.
        let forward = forwardLine(in: contents)
        let headerAtTop = header.map { isAtTop($0.start, forward: forward, in: contents) } ?? false
        var inSignOff = false  // after a sign-off line, until a line that is no signature line
        var signedOff = false  // a sign-off line was left out
        for (i, line) in lines.enumerated() {
            let content = contents[i]
            if content.trimmingTrailingWhitespace() == "--" {  // the signature delimiter: the rest is signature
                leftOut.signatureLines += lines.count - i
                break
            }
            if !replySeparators.phrases.isEmpty, replySeparators.contains(String(content)) {  // the rest is quoted
                leftOut.quotedLines += lines.count - i
                break
            }
            if i == forward {
                leftOut.headerLines += 1
                continue
            }
            if i == attribution || (header.map { !headerAtTop && i == $0.start } ?? false) {
                leftOut.quotedLines += lines.count - i
                break
            }
            if let header, headerAtTop, (header.start..<header.headers.upperBound).contains(i),
               !(labelled(content).map { subjectLabels.contains($0.label) } ?? false) {
                if content.contains(where: { $0.isLetter || $0.isNumber || $0 == "_" }) { leftOut.headerLines += 1 }
                continue
            }
            if !signOffs.phrases.isEmpty {
                if signOffs.contains(String(content)) {
                    leftOut.signatureLines += 1
                    inSignOff = true
                    signedOff = true
                    continue
                }
                if inSignOff, content.allSatisfy(\.isWhitespace) { continue }
                if inSignOff, content.first != ">", isSignatureLine(content) {
                    leftOut.signatureLines += 1
                    continue
                }
                inSignOff = false
            }
            if content.first == ">" {
                leftOut.quotedLines += 1
            } else if isChat, !keepingAgentLines, let speaker = speakers[i], agentLabels.contains(speaker.label) {
                leftOut.agentLines += 1
            } else if isChat, let speaker = speakers[i] {
                kept.append(speaker.content)
                leftOut.speakerLabels += 1
            } else {
                kept.append(line)
            }
        }
        leftOut.agentLinesKept = keepingAgentLines && isChat
        guard !leftOut.isEmpty else { return (text, leftOut) }
        let trimmed = kept.joined(separator: "\n")
        if trimmed.contains(where: { $0.isLetter || $0.isNumber }) { return (trimmed, leftOut) }
        return (text, LeftOut(signOffOnly: signedOff && leftOut.quotedLines == 0 && leftOut.agentLines == 0))
    }

    /// A transcript line's speaker label (lowercased) and what follows its colon, after an optional time stamp:
    /// "[10:42] agent: are you signed in?" gives "agent" and "are you signed in?". Nil for a line without a colon.
    /// The label may be anything before the colon: an agent label is whatever the lexicon lists.
    func labelled(_ line: Substring) -> (label: String, content: Substring)? {
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
        return (label, rest[rest.index(after: end)...].drop { $0 == " " || $0 == "\t" })
    }

    /// `labelled(_:)` for a line that looks like a speaker's: an agent label, or one or two words of letters before
    /// the colon ("cx:", "caller says:"); nil for "the agent said: ..." or "note 2: ...".
    func speakerLine(_ line: Substring) -> (label: String, content: Substring)? {
        guard let speaker = labelled(line) else { return nil }
        if agentLabels.contains(speaker.label) { return speaker }
        let words = speaker.label.split(separator: " ")
        guard !words.isEmpty, words.count <= 2, speaker.label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) else { return nil }
        return speaker
    }
}

private extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[startIndex..<end]
    }
}
