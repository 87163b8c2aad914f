/// Markdown for a report: a heading per record (line and question), a status line, pass-through columns, the answer
/// with its lines kept (hard line breaks; every problem of a text with several, each under its "Problem 1 of 2" heading, as `helpdesk ask` prints it), and the
/// explanation (`--explain`) as a fenced code block, whose columns line up.
public struct MarkdownRecordFormatter: BatchRecordFormatter {
    private let renderer = AnswerRenderer()

    public init() {}

    public func append(_ record: BatchRecord, to output: inout [UInt8]) {
        output.append("### Line ")
        output.append(String(record.line))
        if let question = record.question {
            output.append(": ")
            output.append(Self.escaped(question.isEmpty ? "(empty)" : question))
        }
        output.append("\n\n**")
        output.append(record.status.rawValue)
        output.append("**")
        if let error = record.error {
            output.append(": ")
            output.append(Self.escaped(error))
        } else if let kind = record.kind {
            output.append(" · ")
            output.append(kind.rawValue)
        } else {
            if let entry = record.entry {
                output.append(" · `")
                output.append(entry)
                output.append("`")
            }
            output.append(" · confidence ")
            output.append(Format.fixed(record.confidence))
            for problem in record.also {
                output.append(" · also `")
                output.append(problem.entry)
                output.append("`")
            }
        }
        output.append(10)
        for field in record.passThrough {
            output.append("\n- ")
            output.append(Self.escaped(field.name))
            output.append(": ")
            output.append(Self.escaped(field.text))
        }
        if !record.passThrough.isEmpty { output.append(10) }
        if let answer = record.answerText(renderer: renderer) {
            output.append(10)
            output.append(Self.hardBreaks(answer))
            output.append(10)
        }
        if let explanation = record.explanation {
            output.append("\n" + Self.fenced(explanation))
        }
        output.append("\n---\n\n")
    }

    /// `text` with a Markdown hard line break (two spaces) at the end of each line that another line follows in the
    /// same paragraph, so that a rendered answer keeps its lines: its title, summary and headings ran into one paragraph.
    static func hardBreaks(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var result = ""
        result.reserveCapacity(text.utf8.count + 2 * lines.count)
        for (i, line) in lines.enumerated() {
            result += line
            guard i + 1 < lines.count else { break }
            if !line.isEmpty, !lines[i + 1].isEmpty, !line.hasSuffix("  ") { result += "  " }
            result += "\n"
        }
        return result
    }

    /// `text` in a fenced code block whose fence is longer than any run of backticks in it.
    static func fenced(_ text: String) -> String {
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + "text\n" + text.terminalSafe + "\n" + fence + "\n"
    }

    /// User text on one line, with Markdown's special characters backslash-escaped and control characters made
    /// harmless (`terminalSafe`).
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.terminalSafe {
            if character.isNewline {
                result.append(" ")
            } else {
                if "\\`*_[]<>|".contains(character) { result.append("\\") }
                result.append(character)
            }
        }
        return result
    }
}
