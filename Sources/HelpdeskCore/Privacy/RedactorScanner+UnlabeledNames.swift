/// Names said without a name label, where a pasted message puts them (`NameContexts`):
/// - after a self-introduction ("this is Maria Gomez from ABC Tax", "Hi, it's John Smith again"), or before its
///   closing word, opening a sentence ("Hi, Maria Gomez here, I can't log in");
/// - on the first line after a sign-off line, not the firm's after it ("Thanks," / "Maria Gomez" / "Gomez Tax LLC",
///   in lowercase or capitals too: "thanks," / "maria gomez", "THANKS, JOHN SMITH": `uncasedNameEnd(from:before:_:)`,
///   "-- " / "John Smith, EA", "Best," / "J. Smith"), or after its comma on its line, which may close a sentence before it ("Regards, John
///   Smith", "Locked out again. Regards, John Smith", "still locked out thanks, John Smith": `signOffBeforeComma(_:_:)`),
///   when the line holds nothing but the name
///   and, after a `,`, `|`, `(` or `-`, a credential ("EA", "CPA");
/// - in an email header line ("From: Maria Gomez <mgomez@firm.com>", "To: John Smith; Ann Lee", "Cc:").
///
/// A name here is one to four capitalized words (a capital, then letters with a lowercase one, maybe an inner `'` or
/// `-`), maybe with initials (`J. Smith`); none a common word (`isCommonWord`), none but the first a known word (see
/// below: "Okafor Tax Services" is no name), and at least one neither a word
/// that is never a name alone (months, weekdays, products) nor one of the knowledge base's own (`NameContexts.isKnown`):
/// "It's Monday", "It's Google Authenticator", "Thanks,\nOffice Manager" are kept; "It's June Lee" is a name. A phrase typed in title case ("This Is Urgent") introduces nobody.
extension RedactorScanner {
    /// The names `contexts` place, line by line, in order; with `signOffsOnly` (a text without a capital), only those
    /// a sign-off places (`uncasedNameEnd(from:before:_:)`), since the others are capitalized.
    func unlabeledNames(signOffsOnly: Bool = false) -> [Hit] {
        guard let contexts = contexts.lists else { return [] }
        var hits: [Hit] = []
        var signatureLines = 0
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            while contentEnd > lineStart, isSpace(bytes[contentEnd - 1]) || bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            var start = lineStart
            while start < contentEnd, isSpace(bytes[start]) || bytes[start] == UInt8(ascii: ">") { start += 1 }
            let line = start..<contentEnd
            if !line.isEmpty {
                if signatureLines > 0 {
                    signatureLines -= 1
                    if let hit = signatureName(line, contexts) {
                        hits.append(hit)
                        lineStart = lineEnd + 1
                        continue
                    }
                }
                if signOffsOnly {
                    if let rest = signOffRest(line, contexts) {
                        if rest.isEmpty {
                            signatureLines = 1
                        } else if let hit = signatureName(rest, contexts) {
                            hits.append(hit)
                        }
                    } else if let hit = signOffBeforeComma(line, contexts) {
                        hits.append(hit)
                    }
                } else if let names = headerNames(line, contexts) {
                    hits += names
                } else {
                    // A sign-off alone on its line names the next line; with text after its comma, that text.
                    let rest = signOffRest(line, contexts)
                    if rest?.isEmpty == true {
                        signatureLines = 1
                    } else if let rest, let hit = signatureName(rest, contexts) {
                        hits.append(hit)
                    } else {
                        introducedNames(line, contexts, into: &hits)
                        if let hit = signOffBeforeComma(line, contexts) { hits.append(hit) }
                    }
                }
            }
            lineStart = lineEnd + 1
        }
        return hits
    }
}
