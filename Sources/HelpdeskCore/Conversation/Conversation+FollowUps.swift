/// Reading a line as a follow-up to the topic in focus: a bare follow-up phrasing ("what's the number?", "step 2
/// again"), or a follow-up the context policy prefers over the line's own answer (`Conversation.reply(to:)` asks).
extension Conversation {
    /// Whether every word of `text`, or of its first line or sentence when it has several, is a word of the follow-up
    /// phrasings (or their synonyms): only such a text can be a bare follow-up ("what number do I call for that?",
    /// "what's the number?\nand the hours?").
    func isMadeOfPhrasingWords(_ text: String) -> Bool {
        if Self.allWords(of: text, in: phrasingWords) { return true }
        guard let first = Self.firstOfSeveral(text, splitter: matcher.splitter) else { return false }
        return Self.allWords(of: first, in: phrasingWords)
    }

    /// Whether every word of `text` (`StepReference.words(_:)`) is in `words`. An ASCII text is read byte by byte and
    /// told no at its first other word, its last word first: batch asks this of most lines, and most end in a word
    /// that names something (reading every word first cost about a quarter of a batch run's time).
    static func allWords(of text: String, in words: Set<String>) -> Bool {
        var utf8 = text
        let ascii: Bool? = utf8.withUTF8 { bytes in
            func isWordByte(_ byte: UInt8) -> Bool {
                (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
            }
            func known(_ range: Range<Int>) -> Bool {
                // Lowered straight into the String's storage, with no array in between.
                words.contains(String(unsafeUninitializedCapacity: range.count) { out in
                    for (k, byte) in bytes[range].enumerated() { out[k] = byte >= 65 && byte <= 90 ? byte + 32 : byte }
                    return range.count
                })
            }
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            // The last word first.
            var end = bytes.count
            while end > 0, !isWordByte(bytes[end - 1]) { end -= 1 }
            var start = end
            while start > 0, isWordByte(bytes[start - 1]) { start -= 1 }
            guard start == end || known(start..<end) else { return false }
            var open: Int?
            for i in 0..<start {
                if isWordByte(bytes[i]) {
                    if open == nil { open = i }
                } else if let first = open {
                    if !known(first..<i) { return false }
                    open = nil
                }
            }
            return open.map { known($0..<start) } ?? true
        }
        return ascii ?? StepReference.words(text).allSatisfy(words.contains)
    }

    /// The first piece of `text` as `splitter` cuts it, when it holds a line break or a question mark before more text
    /// and is cut into several; nil otherwise.
    static func firstOfSeveral(_ text: String, splitter: ProblemSplitter) -> String? {
        // Read from the contiguous bytes: the UTF-8 view's iterator cost about 1,500 instructions a batch line.
        var text = text
        let mayHoldSeveral = text.withUTF8 { bytes in
            var before: UInt8 = 0
            for byte in bytes {
                if byte == 10 || (before == UInt8(ascii: "?") && byte == 32) { return true }
                before = byte
            }
            return false
        }
        guard mayHoldSeveral else { return nil }
        let pieces = splitter.split(text)
        return pieces.count > 1 ? pieces[0] : nil
    }

    /// Analyses the follow-up phrasings now, so that copies of this conversation (`StandaloneAnswerer`) share them.
    mutating func prepareBareFollowUps() {
        if bareFollowUps == nil { bareFollowUps = BareFollowUpPhrasings(matcher: matcher) }
    }

    /// What `plain` (a line without its personal data) asks of a topic when it is only a follow-up: word for word one
    /// of the knowledge base's follow-up phrasings, or a step reference ("step 2 again") that the line alone does not answer.
    mutating func bareFollowUp(_ plain: String, fresh: ProblemMatches) -> FollowUpIntent? {
        // Only a line made of the phrasings' own words can be one of them, and only one the matcher does not answer a
        // step reference: most questions skip analysing them all.
        if bareFollowUps == nil, !StepReference.words(plain).allSatisfy(phrasingWords.contains),
           fresh.primary.isAnswer || !fresh.also.isEmpty { return nil }
        prepareBareFollowUps()
        return preparedBareFollowUp(plain, fresh: fresh)
    }

    /// `bareFollowUp(_:fresh:)` of `text` without its personal data, or else of what follows the acknowledgement it
    /// opens with ("ok who do I call" with no topic answered the IRS's).
    mutating func bareFollowUp(inLine text: String, fresh: ProblemMatches) -> FollowUpIntent? {
        let plain = matcher.redactor.removingPersonalData(from: text, labels: matcher.dataLabels)
        if let intent = bareFollowUp(plain, fresh: fresh) { return intent }
        guard let rest = acknowledgements.afterLeadingAcknowledgement(plain) else { return nil }
        return bareFollowUp(String(rest), fresh: fresh)
    }

    /// `bareFollowUp(plain, fresh:)` once the phrasings are analysed (`prepareBareFollowUps()`); nil before.
    func preparedBareFollowUp(_ plain: String, fresh: ProblemMatches) -> FollowUpIntent? {
        guard let bareFollowUps else { return nil }
        if StepReference.words(plain).allSatisfy(phrasingWords.contains) {
            if let intent = bareFollowUps.intent(plain) { return intent }
        }
        // Several lines or sentences pasted as one that open with a bare follow-up, when each is one ("what's the
        // number?\nwho do I call?") or the matcher answers nothing ("what's the number?\nand the hours?"): the first
        // one's intent.
        if let first = Self.firstOfSeveral(plain, splitter: matcher.splitter),
           StepReference.words(first).allSatisfy(phrasingWords.contains), let intent = bareFollowUps.intent(first) {
            let answered = !fresh.also.isEmpty || fresh.primary.isAnswer
            if !answered || matcher.splitter.split(plain).allSatisfy({ bareFollowUps.intent($0) != nil }) { return intent }
        }
        // "step 2", and "the previous step", which counts from a step shown before, when the line alone is not answered.
        guard fresh.also.isEmpty else { return nil }
        if case .answer = fresh.primary.decision { return nil }
        let steps = bareFollowUps.steps
        return steps.step(in: plain) != nil || steps.offset(in: plain) != nil ? .steps : nil
    }

    /// Whether `text`, with a topic in focus, is one of the knowledge base's follow-up phrasings (generic or authored)
    /// word for word, after the text pipeline; step references aside.
    func isFollowUpWordForWord(_ text: String) -> Bool {
        guard !context.isEmpty else { return false }
        let plain = matcher.redactor.removingPersonalData(from: text, labels: matcher.dataLabels)
        guard let match = FollowUpResolver(matcher: matcher).resolve(plain, in: context, lastStep: mainTopicStep) else { return false }
        if case .step = match.kind { return false }
        return match.score >= FollowUpMatch.exactScore
    }

    /// `namesATopic`: the line turned to a topic by name ("what about the IRS?" is "the IRS"), which is a follow-up
    /// only when those words are one of its phrasings word for word ("what about the number?"); sharing a word with
    /// one ("the IRS" with "is that an IRS problem") is not enough.
    func followUp(to text: String, fresh: ProblemMatches, namesATopic: Bool) -> FollowUpMatch? {
        guard !context.isEmpty else { return nil }
        let plain = matcher.redactor.removingPersonalData(from: text, labels: matcher.dataLabels)
        guard let followUp = FollowUpResolver(matcher: matcher).resolve(plain, in: context, lastStep: mainTopicStep),
              !namesATopic || followUp.score >= FollowUpMatch.exactScore,
              policy.prefersFollowUp(followUp, over: fresh, text: plain, context: context, in: knowledgeBase,
                                     namesMore: namesMore(plain, than: followUp)) else { return nil }
        return followUp
    }

    /// Whether `plain` holds a term that the phrasing `followUp` matched does not, besides pointing and function words:
    /// "can the irs help with that transcript" names a transcript, which "can the irs help" does not.
    func namesMore(_ plain: String, than followUp: FollowUpMatch) -> Bool {
        let phrasing: String
        switch followUp.kind {
        case .authored(let question): phrasing = question
        case .intent(_, let example): phrasing = example
        case .step: return false
        }
        let pipeline = matcher.pipeline
        let named = pipeline.analyze(plain).tokens.filter {
            !pointingAndFunctionWords.contains($0.surface) && !pointingAndFunctionWords.contains($0.text)
        }
        return !Set(named.map(\.text)).subtracting(pipeline.analyze(phrasing).terms).isEmpty
    }
}
