extension DataLabels {
    /// The most words a field's name before a person's name holds ("Reported by", "Assigned to", "Contact").
    static let fieldNameWords = 3

    /// Drops a field's name and its colon at the end of `output`, before a person's name: "Contact: [NAME]" in a
    /// pasted ticket is who raised it, and its word "contact" would read as asking whom to contact. Only a line of its
    /// own up to the colon counts (its start, or a line break, before the field's name; no further back than the UTF-8
    /// offset `floor`), of one to `fieldNameWords` words of letters: "Hi, my name is: [NAME]" keeps its words.
    func dropFieldName(_ output: inout String, floor floorOffset: Int = 0) {
        let floor = output.utf8.index(output.startIndex, offsetBy: min(floorOffset, output.utf8.count))
        var i = output.endIndex
        while i > floor, output[output.index(before: i)] == " " || output[output.index(before: i)] == "\t" { i = output.index(before: i) }
        guard i > floor, output[output.index(before: i)] == ":" else { return }
        let colon = output.index(before: i)
        var start = colon
        while start > floor, !output[output.index(before: start)].isNewline { start = output.index(before: start) }
        guard start == output.startIndex || output[output.index(before: start)].isNewline else { return }
        let words = output[start..<colon].split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard (1...Self.fieldNameWords).contains(words.count), words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return }
        output.removeSubrange(start...)
    }
}
