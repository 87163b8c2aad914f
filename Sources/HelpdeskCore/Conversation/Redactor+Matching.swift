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
        text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "[")) } ?? text.utf8.contains(UInt8(ascii: "["))
    }

    /// Words that only introduce the data after them ("SSN 123-45-6789", "call me at 555-201-3344"): dropped with it,
    /// so that "SSN" does not make a password question look like one about verifying a Social Security number.
    static let identifierLabels: Set<String> = [
        "ssn", "ein", "fein", "itin", "ptin", "tin", "dob", "d.o.b", "d.o.b.", "call", "reach", "text", "me", "at",
    ]

    /// Words that join a label to its data ("my SSN is 123-45-6789"): after one, or after a colon, `linkedLabels` go too.
    static let links: Set<String> = ["is", "was", "="]

    /// Words that name the data only when a link joins them to it: "my email is jane@example.com" and "SSN: ..." say
    /// nothing about the problem, while "can't open the email jane@example.com" and "my new cell is ..." keep theirs.
    static let linkedLabels: Set<String> = [
        "my", "our", "his", "her", "their", "your", "the", "client's", "email", "e-mail", "address", "social", "security",
        "on", "file",
    ]

    private static func dropTrailingLabel(_ output: inout String) {
        var linked = false
        while true {
            var trimmed = output
            while let last = trimmed.last, last == " " || last == ":" || last == "#" || last == "=" || last == "," {
                if last == ":" || last == "=" { linked = true }
                trimmed.removeLast()
            }
            let word = trimmed.split(separator: " ").last.map { $0.lowercased() } ?? ""
            if links.contains(word) {
                linked = true
            } else if !identifierLabels.contains(word), !(linked && linkedLabels.contains(word)) {
                return
            }
            trimmed.removeLast(word.count)
            output = trimmed
        }
    }
}
