extension ImportedEntries {
    /// What the import made of `rows` rows, and nothing else the folder holds: "2 entries, 3 questions (1 repeated row
    /// merged), 1 off-topic example".
    public func summary(rows: Int) -> String {
        let questions = entries.reduce(0) { $0 + $1.questions.count }
        let repeated = rows - questions - outOfScope.count - conflicting
        return "\(Format.count(entries.count, "entry", plural: "entries")), \(Format.count(questions, "question"))"
            + (repeated > 0 ? " (\(Format.count(repeated, "repeated row")) merged)" : "")
            + (conflicting > 0 ? " (\(Format.count(conflicting, "row")) left out: the question already belongs to another entry or is off topic)" : "")
            + ", \(Format.count(outOfScope.count, "off-topic example"))"
    }
}
