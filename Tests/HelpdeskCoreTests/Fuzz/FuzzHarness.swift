import Foundation
import HelpdeskCore

// What each fuzz target does with one input, and the properties it checks (a broken property stops the process,
// which libFuzzer reports as a crash). Shared by the libFuzzer targets in Fuzz/ (through a symbolic link) and by
// FuzzRegressionTests, so a saved crash input is replayed through exactly the same code. Public API only.

/// `matcher`: arbitrary bytes as UTF-8 through the text pipeline, the matcher, the conversation, the redactor and the renderers.
public struct MatcherFuzzHarness: Sendable {
    public let knowledgeBase: KnowledgeBase
    private let matcher: Matcher
    private let redactor = Redactor()

    public init(knowledgeBaseDirectory: String) throws {
        knowledgeBase = try KnowledgeBaseLoader().load(directory: knowledgeBaseDirectory).0
        matcher = Matcher(knowledgeBase: knowledgeBase, cache: nil)
    }

    public func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let result = matcher.match(text)
        for candidate in result.ranking.candidates {
            fuzzCheck(candidate.confidence >= 0 && candidate.confidence <= 1, "confidence \(candidate.confidence) outside [0, 1]")
        }
        _ = Explainer().explain(result, in: knowledgeBase)
        _ = AnswerRenderer(width: 60).render(result, in: knowledgeBase)
        _ = RecordRenderer().json(result, line: 1, in: knowledgeBase)
        var conversation = Conversation(matcher: matcher)
        for piece in [text, "step 2 again", text] {
            _ = AnswerRenderer(width: 60).render(conversation.respond(to: piece), in: knowledgeBase)
        }
        let redacted = redactor.redact(text)
        fuzzCheck(redactor.redact(redacted) == redacted, "redacting twice changes the text")
    }
}

/// `kb-loader`: the bytes as the only `.yaml` file of a knowledge-base folder; on success, the `kb check` warnings too.
public struct KnowledgeBaseLoaderFuzzHarness: Sendable {
    public let directory: String
    private let file: String

    public init() throws {
        directory = NSTemporaryDirectory() + "helpdesk-fuzz-kb-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        file = directory + "/kb.yaml"
    }

    public func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    public func run(_ bytes: [UInt8]) {
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else { fatalError("cannot write \(file)") }
        do {
            let (kb, warnings) = try KnowledgeBaseLoader().load(directory: directory)
            fuzzCheck(!kb.entries.isEmpty, "a knowledge base without entries loaded")
            for warning in warnings + KnowledgeBaseLinter().warnings(for: kb) {
                fuzzCheck(warning.location.file == file, "warning names \(warning.location.file)")
            }
        } catch let error as KnowledgeBaseError {
            fuzzCheck(!error.errors.isEmpty, "load failed without an error")
            for diagnostic in error.diagnostics {
                fuzzCheck(diagnostic.location.file == file || diagnostic.location.file == directory, "diagnostic names \(diagnostic.location.file)")
                fuzzCheck(!diagnostic.message.isEmpty && !diagnostic.message.contains("\n"), "diagnostic is not one line: \(diagnostic.message)")
            }
        } catch {
            fuzzCheck(false, "load threw \(error)")
        }
    }
}

/// `batch-readers`: the bytes through the text, CSV and JSONL readers, whole and cut into chunks; both give the
/// same records, line numbers only grow, and in text and JSONL every line that is not blank gives one record.
public enum BatchReaderFuzzHarness {
    public static func run(_ bytes: [UInt8]) {
        let lines = physicalLines(bytes)
        for format in InputFormat.allCases {
            let whole = read(format, [bytes])
            let cut = read(format, chunks(of: bytes))
            fuzzCheck(whole == cut, "\(format): chunked input reads differently")
            guard case .success(let questions) = whole else { continue }
            var previous = 0
            for question in questions {
                fuzzCheck(question.line > previous, "\(format): line \(question.line) after \(previous)")
                fuzzCheck(question.line <= max(lines.count, 1), "\(format): line \(question.line) of \(lines.count)")
                previous = question.line
            }
            if format != .csv {
                let expected = lines.indices.filter { !isBlank(lines[$0], first: $0 == 0) }.map { $0 + 1 }
                fuzzCheck(questions.map(\.line) == expected, "\(format): records for lines \(questions.map(\.line)), expected \(expected)")
            }
        }
    }

    private static func read(_ format: InputFormat, _ chunks: [[UInt8]]) -> Result<[BatchQuestion], BatchError> {
        var reader = format.makeReader()
        var questions: [BatchQuestion] = []
        do throws(BatchError) {
            for chunk in chunks { questions += try reader.feed(chunk) }
            questions += try reader.finish()
        } catch {
            return .failure(error)
        }
        return .success(questions)
    }

    /// Cuts the input at places chosen by its own bytes, so that every run of one input cuts it the same way.
    private static func chunks(of bytes: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var start = 0
        var seed = bytes.count
        while start < bytes.count {
            seed = (seed &* 1_103_515_245 &+ 12_345) & 0x7fff_ffff
            let length = 1 + seed % 17
            result.append(Array(bytes[start..<min(bytes.count, start + length)]))
            start += length
        }
        return result
    }

    /// The input split at each line break (LF, CRLF or a lone CR), without the final empty piece after a last break.
    private static func physicalLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 10 || byte == 13 {
                lines.append(bytes[start..<index])
                index += byte == 13 && index + 1 < bytes.count && bytes[index + 1] == 10 ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }

    /// A line the readers skip: valid UTF-8 of only whitespace (a byte-order mark allowed on the first line), not too long.
    private static func isBlank(_ line: ArraySlice<UInt8>, first: Bool) -> Bool {
        guard line.count <= LineSplitter.maximumLineBytes, !line.contains(0) else { return false }
        guard var text = String(validating: line, as: UTF8.self) else { return false }
        if first, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text.allSatisfy(\.isWhitespace)
    }
}

/// Stops the process with a message when a fuzzed property does not hold (even in release builds).
func fuzzCheck(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz property failed: \(message())") }
}
