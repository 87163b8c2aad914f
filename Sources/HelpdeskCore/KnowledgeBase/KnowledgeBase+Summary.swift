extension KnowledgeBase {
    /// Its size in words: "27 entries, 1312 example questions, 323 off-topic examples".
    public var summary: String {
        let questions = entries.reduce(0) { $0 + $1.questions.count }
        return "\(Format.count(entries.count, "entry", plural: "entries")), \(Format.count(questions, "example question")), "
            + Format.count(outOfScope.count, "off-topic example")
    }
}
