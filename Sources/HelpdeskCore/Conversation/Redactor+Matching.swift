extension Redactor {
    /// `text` as the matcher should see it: every piece of personal data, and every placeholder left by an earlier
    /// redaction (`[SSN]`, `[PHONE]`...), replaced by a space, so that neither the data nor its label (`labels`,
    /// the lexicon's) sways a match.
    /// Characters the normalizer reads as ASCII (`ＳＳＮ：１２３-４５-６７８９`) are made ASCII first, as the matcher
    /// would read them, so that a full-width label goes with its data just as an ASCII one does.
    public func removingPersonalData(from text: String, labels: DataLabels) -> String {
        let text = FoldedText.folding(text) ?? text
        return removing(findings(in: text), from: text, labels: labels)
    }

    /// `removingPersonalData(from:labels:)` for text in which `redaction(of:)` found nothing: only the placeholders
    /// typed in it ("[SSN]") and their labels are taken out. The folded text holds the same bytes the redaction
    /// scanned, so it holds no finding either: this saves a second scan of each batch line (about 7,800 instructions).
    public func removingPlaceholders(fromClean text: String, labels: DataLabels) -> String {
        let text = FoldedText.folding(text) ?? text
        return removing([], from: text, labels: labels)
    }

    /// `text` (already folded) without the personal data `found` in it and without placeholders, each with its label.
    private func removing(_ found: [Redaction], from text: String, labels: DataLabels) -> String {
        // Every placeholder starts with "[": text without data or one comes back as it is.
        if found.isEmpty, !Self.mayHoldPlaceholder(text) { return text }
        var output = ""
        var position = text.startIndex
        for finding in found {
            let floor = output.utf8.count
            output += text[position..<finding.range.lowerBound]
            // A line of its own before a name is a field's name or a heading: no other label is cut from it.
            labels.dropLabels(before: finding.kind, in: &output, floor: floor)
            output += " "
            position = finding.range.upperBound
        }
        output += text[position...]
        guard Self.mayHoldPlaceholder(output) else { return output }
        for kind in Redaction.Kind.allCases where output.containsBytes(of: kind.placeholder) {
            let parts = output.components(separatedBy: kind.placeholder)
            output = parts[0]
            var floor = 0
            for part in parts.dropFirst() {
                labels.dropLabels(before: kind, in: &output, floor: floor)
                output += " "
                floor = output.utf8.count
                output += part
            }
        }
        return output
    }

    /// Whether `text` has a "[", which every placeholder starts with (read as contiguous bytes where it can be).
    private static func mayHoldPlaceholder(_ text: String) -> Bool {
        text.containsByte(UInt8(ascii: "["))
    }
}
