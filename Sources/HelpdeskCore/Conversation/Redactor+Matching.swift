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

    private static func dropTrailingLabel(_ output: inout String) {
        while true {
            var trimmed = output
            while let last = trimmed.last, last == " " || last == ":" || last == "#" || last == "=" || last == "," {
                trimmed.removeLast()
            }
            let word = trimmed.split(separator: " ").last.map { $0.lowercased() } ?? ""
            guard identifierLabels.contains(word) else { return }
            trimmed.removeLast(word.count)
            output = trimmed
        }
    }
}
