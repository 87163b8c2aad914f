/// One JSON object per line: pass-through fields first, then `line`, `question`, `status`, `entry`, `title`,
/// `confidence`, `candidates` (`{entry,title,confidence}`), `kind` (only for a line that only acknowledges:
/// `acknowledgement`), `last_reviewed` (answered only), `answer`, `also` (a pasted
/// text's further problems, `{entry,title,confidence,answer}` each; only when there are some), and `error` on input
/// errors.
public struct JSONLRecordFormatter: BatchRecordFormatter {
    /// Each entry's answer, already escaped as a JSON string.
    private let escapedAnswers: [[UInt8]]
    /// A candidate's `{"entry":…,"title":…,"confidence":` by entry index, escaped once (found by index, not by id:
    /// hashing the id cost about 400 instructions a candidate).
    private let guessHeads: [(entry: String, title: String, bytes: [UInt8])]
    /// The fallback answer's fixed text before and after its closest topics, escaped once (without quotes).
    private let escapedFallback: (before: [UInt8], after: [UInt8])?

    public init(answers: AnswerCache? = nil) {
        escapedAnswers = answers?.texts.map { text in
            var bytes: [UInt8] = []
            bytes.appendJSONString(text)
            return bytes
        } ?? []
        guessHeads = (answers?.headings ?? []).map { ($0.id, $0.title, Self.guessHead(entry: $0.id, title: $0.title)) }
        escapedFallback = answers.map { answers in
            let (before, after) = answers.fallback
            return (Self.escapedInside(before.joined(separator: "\n\n")),
                    after.isEmpty ? [] : Self.escapedInside("\n\n" + after.joined(separator: "\n\n")))
        }
    }

    /// `text` escaped as a JSON string, without the quotes around it.
    private static func escapedInside(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.appendJSONString(text)
        return Array(bytes.dropFirst().dropLast())
    }

    private static func guessHead(entry: String, title: String) -> [UInt8] {
        var output: [UInt8] = []
        output.append("{\"entry\":")
        output.appendJSONString(entry)
        output.append(",\"title\":")
        output.appendJSONString(title)
        output.append(",\"confidence\":")
        return output
    }

    public func append(_ record: BatchRecord, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "{"))
        let names = record.passThrough.count > 1
            ? BatchRecord.uniquePassThroughNames(record.passThrough.map(\.name))
            : record.passThrough.map { BatchRecord.passThroughName($0.name) }
        for (field, name) in zip(record.passThrough, names) {
            output.appendJSONString(name)
            output.append(UInt8(ascii: ":"))
            switch field.value {
            case .text(let text): output.appendJSONString(text)
            case .json(let raw): output.append(raw)
            }
            output.append(UInt8(ascii: ","))
        }
        output.append("\"line\":")
        Format.appendInteger(record.line, to: &output)
        output.append(",\"question\":")
        appendOptional(record.question, to: &output)
        output.append(",\"status\":\"")
        output.append(record.status.rawValue)
        output.append("\",\"entry\":")
        appendOptional(record.entry, to: &output)
        output.append(",\"title\":")
        appendOptional(record.title, to: &output)
        output.append(",\"confidence\":")
        Format.appendFixed(record.confidence, digits: 4, to: &output)
        output.append(",\"candidates\":[")
        appendGuesses(record.candidates, to: &output)
        output.append(UInt8(ascii: "]"))
        if let kind = record.kind {
            output.append(",\"kind\":\"")
            output.append(kind.rawValue)
            output.append(UInt8(ascii: "\""))
        }
        if let lastReviewed = record.lastReviewed {
            output.append(",\"last_reviewed\":")
            output.appendJSONString(lastReviewed)
        }
        output.append(",\"answer\":")
        if let index = record.answerEntryIndex, escapedAnswers.indices.contains(index) {
            output.append(contentsOf: escapedAnswers[index])
        } else if let topics = record.fallbackTopics, let fallback = escapedFallback {
            // The same bytes as escaping the whole answer: escaping a concatenation is concatenating the escapings.
            output.append(UInt8(ascii: "\""))
            output.append(contentsOf: fallback.before)
            if !topics.isEmpty { output.append(contentsOf: Self.escapedInside("\n\n" + topics)) }
            output.append(contentsOf: fallback.after)
            output.append(UInt8(ascii: "\""))
        } else {
            appendOptional(record.answer, to: &output)
        }
        if !record.also.isEmpty {
            output.append(",\"also\":[")
            for (index, problem) in record.also.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                let guess = BatchRecord.Guess(entry: problem.entry, title: problem.title, confidence: problem.confidence,
                                              entryIndex: problem.answerEntryIndex)
                appendOpenGuess(guess, to: &output)
                output.append(",\"answer\":")
                if let index = problem.answerEntryIndex, escapedAnswers.indices.contains(index) {
                    output.append(contentsOf: escapedAnswers[index])
                } else {
                    output.appendJSONString(problem.answer)
                }
                output.append(UInt8(ascii: "}"))
            }
            output.append(UInt8(ascii: "]"))
        }
        if let explanation = record.explanation {
            output.append(",\"explanation\":")
            output.appendJSONString(explanation)
        }
        if let error = record.error {
            output.append(",\"error\":")
            output.appendJSONString(error)
        }
        output.append(contentsOf: [UInt8(ascii: "}"), 10])
    }

    /// `{entry,title,confidence}` objects separated by commas.
    private func appendGuesses(_ guesses: [BatchRecord.Guess], to output: inout [UInt8]) {
        for (index, guess) in guesses.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            appendOpenGuess(guess, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// `{"entry":…,"title":…,"confidence":…` without the closing brace, so more members can follow.
    private func appendOpenGuess(_ guess: BatchRecord.Guess, to output: inout [UInt8]) {
        if let index = guess.entryIndex, guessHeads.indices.contains(index),
           guessHeads[index].entry == guess.entry, guessHeads[index].title == guess.title {
            output.append(contentsOf: guessHeads[index].bytes)
        } else {
            output.append(contentsOf: Self.guessHead(entry: guess.entry, title: guess.title))
        }
        Format.appendFixed(guess.confidence, digits: 4, to: &output)
    }

    private func appendOptional(_ text: String?, to output: inout [UInt8]) {
        if let text { output.appendJSONString(text) } else { output.append("null") }
    }
}
