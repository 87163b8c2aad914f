extension DataLabels {
    /// Drops a field's name and its colon at the end of `output`, before a person's name: "Contact: [NAME]" in a
    /// pasted ticket is who raised it, and its word "contact" would read as asking whom to contact. Only a line of its
    /// own up to the colon counts (its start, or a line break, before the field's name; no further back than the UTF-8
    /// offset `floor`), whose words are one of `fieldNames` (case ignored): "Hi, my name is: [NAME]" keeps its words,
    /// and so does "Password reset for: [NAME]", which asks something.
    func dropFieldName(_ output: inout String, floor floorOffset: Int = 0) {
        guard !fieldNames.isEmpty else { return }
        let floor = output.utf8.index(output.startIndex, offsetBy: min(floorOffset, output.utf8.count))
        var i = output.endIndex
        while i > floor, output[output.index(before: i)] == " " || output[output.index(before: i)] == "\t" { i = output.index(before: i) }
        guard i > floor, output[output.index(before: i)] == ":" else { return }
        let colon = output.index(before: i)
        var start = colon
        while start > floor, !output[output.index(before: start)].isNewline { start = output.index(before: start) }
        guard start == output.startIndex || output[output.index(before: start)].isNewline else { return }
        let words = output[start..<colon].split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard fieldNames.contains(words.joined(separator: " ").lowercased()) else { return }
        output.removeSubrange(start...)
    }
}
