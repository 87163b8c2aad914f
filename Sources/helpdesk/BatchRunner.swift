import ArgumentParser
import Foundation
import HelpdeskCore

/// Streams a question file through the matcher and writes one record per line in input order.
struct BatchRunner {
    let knowledgeBase: KnowledgeBase
    let format: BatchFormat

    func run(path: String) throws {
        let matcher = Matcher(knowledgeBase: knowledgeBase)
        let records = RecordRenderer(candidateCount: matcher.settings.candidateCount)
        let plain = AnswerRenderer()
        let redactor = Redactor()
        guard let input = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path) else {
            Terminal.error("cannot open '\(path)'")
            throw ExitCode(1)
        }
        var splitter = LineSplitter()
        var output = OutputBuffer()
        var errors = 0
        func handle(_ line: InputLine) {
            switch line.content {
            case .failure(let error):
                errors += 1
                switch format {
                case .jsonl: output.write(records.errorJSON(line: line.number, reason: error.description))
                case .text: output.write("[line \(line.number)] error: \(error)\n")
                }
            case .success(let text):
                guard !text.allSatisfy(\.isWhitespace) else { return }
                let result = matcher.match(text)
                switch format {
                case .jsonl: output.write(records.json(result, line: line.number, in: knowledgeBase))
                case .text:
                    output.write("[line \(line.number)] \(redactor.redact(text))\n\(plain.render(result, in: knowledgeBase))\n")
                }
            }
        }
        while true {
            let chunk = input.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            splitter.feed(chunk).forEach(handle)
        }
        splitter.finish().forEach(handle)
        output.flush()
        if errors > 0 { throw ExitCode(65) }
    }
}

/// Collects output lines and writes them to stdout in large blocks.
struct OutputBuffer {
    private var buffer = ""

    mutating func write(_ record: String) {
        buffer += record
        buffer += "\n"
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}
