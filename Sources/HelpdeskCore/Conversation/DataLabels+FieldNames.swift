extension DataLabels {
    /// The most words of letters a line of its own up to a colon holds to read as a heading ("Note:", "Password reset
    /// for:"), which keeps its colon before a person's name.
    static let headingWords = 3

    /// Drops what labels the data of `kind` about to follow `output`: before a person's name a field's name or heading
    /// (`dropFieldName`) when one ends it, else the trailing labels (`dropTrailingLabel`).
    func dropLabels(before kind: Redaction.Kind, in output: inout String, floor: Int) {
        if kind != .name || !dropFieldName(&output, floor: floor) { dropTrailingLabel(&output, floor: floor) }
    }

    /// Drops a field's name and its colon at the end of `output`, before a person's name: "Contact: [NAME]" in a
    /// pasted ticket is who raised it, and its word "contact" would read as asking whom to contact. Only a line of its
    /// own up to the colon counts (its start, or a line break, before the field's name; no further back than the UTF-8
    /// offset `floor`), whose words are one of `fieldNames` (case ignored): "Hi, my name is: [NAME]" keeps its words,
    /// and so does "Password reset for: [NAME]", which asks something. Returns whether `output` ended in a field's
    /// name (now dropped) or in a heading (`headingWords` words of letters or fewer, kept with its colon: "Note:"
    /// joined to the sentence after it read as part of it); either way no other label is cut from it.
    @discardableResult
    func dropFieldName(_ output: inout String, floor floorOffset: Int = 0) -> Bool {
        let floor = output.utf8.index(output.startIndex, offsetBy: min(floorOffset, output.utf8.count))
        var i = output.endIndex
        while i > floor, output[output.index(before: i)] == " " || output[output.index(before: i)] == "\t" { i = output.index(before: i) }
        guard i > floor, output[output.index(before: i)] == ":" else { return false }
        let colon = output.index(before: i)
        var start = colon
        while start > floor, !output[output.index(before: start)].isNewline { start = output.index(before: start) }
        guard start == output.startIndex || output[output.index(before: start)].isNewline else { return false }
        let words = output[start..<colon].split(whereSeparator: { $0 == " " || $0 == "\t" })
        if fieldNames.contains(words.joined(separator: " ").lowercased()) {
            output.removeSubrange(start...)
            return true
        }
        return (1...Self.headingWords).contains(words.count) && words.allSatisfy { $0.allSatisfy(\.isLetter) }
    }
}
