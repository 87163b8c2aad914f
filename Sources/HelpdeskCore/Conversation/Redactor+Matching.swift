extension Redactor {
    /// `text` as the matcher should see it: every piece of personal data, and every placeholder left by an earlier
    /// redaction (`[SSN]`, `[PHONE]`...), replaced by a space, so that neither the data nor its label sways a match.
    public func removingPersonalData(from text: String) -> String {
        var output = ""
        var position = text.startIndex
        for finding in findings(in: text) {
            output += text[position..<finding.range.lowerBound]
            output += " "
            position = finding.range.upperBound
        }
        output += text[position...]
        for kind in Redaction.Kind.allCases where output.contains(kind.placeholder) {
            output = output.replacing(kind.placeholder, with: " ")
        }
        return output
    }
}
