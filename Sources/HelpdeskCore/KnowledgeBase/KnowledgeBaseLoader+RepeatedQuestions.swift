extension KnowledgeBaseLoader {
    /// Errors for example questions that two entries share, or that an entry shares with `out_of_scope`: the matcher
    /// would learn one text for two answers; a warning for a question an entry gives twice (it would weigh double).
    /// Texts compare without case, repeated spaces or end punctuation.
    static func repeatedQuestions(in entries: [Entry], outOfScope: [String]) -> [Diagnostic] {
        var owner: [String: String] = [:]
        let offTopic = Set(outOfScope.map(comparable))
        let locator = EntryKeyLocator()
        var result: [Diagnostic] = []
        for entry in entries {
            var own: Set<String> = []
            for (i, question) in entry.questions.enumerated() {
                let key = comparable(question)
                guard own.insert(key).inserted else {
                    result.append(Diagnostic(.warning, "question \"\(question)\" is given twice in this entry; keep one",
                                             at: locator.location(of: "questions[\(i)]", in: entry), entry: entry.id))
                    continue
                }
                let other = offTopic.contains(key) ? "an out_of_scope example" : owner[key].map { "entry '\($0)'" }
                if let other {
                    result.append(Diagnostic(.error, "question \"\(question)\" is also \(other); keep it in one place",
                                             at: locator.location(of: "questions[\(i)]", in: entry), entry: entry.id))
                } else {
                    owner[key] = entry.id
                }
            }
        }
        return result
    }

    /// Lowercased, with runs of spaces made one and end punctuation dropped.
    /// Read scalar by scalar: splitting the text into `Character`s and joining them again took most of a
    /// 15,000-question KB's first load.
    static func comparable(_ question: String) -> String {
        var words = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in question.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !words.isEmpty
            } else {
                if pendingSpace { words.append(" ") }
                pendingSpace = false
                words.append(scalar)
            }
        }
        var text = String(words)
        while let last = text.last, ".?!".contains(last) || last == " " { text.removeLast() }
        return text
    }
}
