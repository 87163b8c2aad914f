extension Redactor {
    /// `text` as the matcher should see it: every piece of personal data, and every placeholder left by an earlier
    /// redaction (`[SSN]`, `[PHONE]`...), replaced by a space, so that neither the data nor its label sways a match.
    public func removingPersonalData(from text: String) -> String {
        let found = findings(in: text)
        // Every placeholder starts with "[": text without data or one comes back as it is.
        if found.isEmpty, !Self.mayHoldPlaceholder(text) { return text }
        var output = ""
        var position = text.startIndex
        for finding in found {
            output += text[position..<finding.range.lowerBound]
            Self.dropTrailingLabel(&output)
            output += " "
            position = finding.range.upperBound
        }
        output += text[position...]
        guard Self.mayHoldPlaceholder(output) else { return output }
        for kind in Redaction.Kind.allCases where output.contains(kind.placeholder) {
            let parts = output.components(separatedBy: kind.placeholder)
            output = parts[0]
            for part in parts.dropFirst() {
                Self.dropTrailingLabel(&output)
                output += " " + part
            }
        }
        return output
    }

    /// Whether `text` has a "[", which every placeholder starts with (read as contiguous bytes where it can be).
    private static func mayHoldPlaceholder(_ text: String) -> Bool {
        text.containsByte(UInt8(ascii: "["))
    }

    /// Words that only introduce the data after them ("SSN 123-45-6789", "call me at 555-201-3344"): dropped with it,
    /// so that "SSN" does not make a password question look like one about verifying a Social Security number.
    static let identifierLabels: Set<String> = [
        "ssn", "ein", "fein", "itin", "ptin", "tin", "dob", "d.o.b", "d.o.b.", "call", "reach", "text", "me", "at",
    ]

    /// Words that join a label to its data ("my SSN is 123-45-6789"); a colon does too ("Email: ...").
    static let links: Set<String> = ["is", "was"]

    /// Words that name the data only when a link joins them to it and they open their clause: "my email is
    /// jane@example.com" and "Email: ..." say nothing about the problem, while "can't open the email
    /// jane@example.com", "can't get into my email: ..." and "my new cell is ..." keep theirs.
    static let linkedLabels: Set<String> = [
        "my", "our", "his", "her", "their", "your", "the", "client's", "email", "e-mail", "address", "social", "security",
        "on", "file",
    ]

    /// Drops the words before a piece of data that only label it: `identifierLabels` always; `links` and
    /// `linkedLabels` when they run back to the start of their clause (the text's start, a line break, or a word
    /// ending in `,` `.` `;` `!` `?`). Walks back from the end, so a long line costs no more per finding.
    private static func dropTrailingLabel(_ output: inout String) {
        var cut = output.endIndex       // from here on, the words go
        var pending: String.Index?      // a chain of linked labels, dropped only if it reaches its clause's start
        var linked = false
        var end = output.endIndex
        while true {
            var i = end
            while i > output.startIndex {
                let c = output[output.index(before: i)]
                guard c == " " || c == "\t" || c == ":" || c == "=" || c == "#" else { break }
                if c == ":" || c == "=" { linked = true }
                i = output.index(before: i)
            }
            var start = i
            while start > output.startIndex, !" \t\n\r".contains(output[output.index(before: start)]) {
                start = output.index(before: start)
            }
            let word = output[start..<i]
            if word.isEmpty || ",.;!?(".contains(word.last!) {  // the clause's start: a pending chain goes
                if let pending { cut = pending }
                break
            }
            let lowered = word.lowercased()
            if identifierLabels.contains(lowered) {
                cut = start
                pending = nil
            } else if links.contains(lowered) || (linked && linkedLabels.contains(lowered)) {
                linked = true
                pending = start
            } else {
                break
            }
            end = start
        }
        if cut < output.endIndex { output.removeSubrange(cut...) }
    }
}
