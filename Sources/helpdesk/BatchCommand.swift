import ArgumentParser
import Foundation
import HelpdeskCore

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Answer a file of questions: text (one per line), CSV or JSONL.",
        usage: Usage.wrapped("helpdesk batch", ["[--kb <dir>]", "[--threshold <x>]", "[--margin <x>]", "[--explain]",
                                                "[--input-format <input-format>]", "[--format <format>]", "[--output <file>]",
                                                "[--unanswered <file>]", "[--jobs <n>]", "<file>"]),
        discussion: """
            INPUT. FILE is a file or - for standard input. --input-format, else the file name, picks the shape: \
            .csv is CSV with a header naming a 'question' column (RFC 4180: quoted fields may hold commas, "" \
            and line breaks; the other columns are passed through); .jsonl or .ndjson is one JSON object per \
            line with a string 'question' field (the other fields are passed through, to CSV output too: OUTPUT); anything \
            else is text, one question per line. A line ends in LF, CRLF or a lone CR (old Mac files); inside a \
            quoted CSV field it is kept as written. Blank lines are skipped but keep the line numbering. A quote that \
            closes on a later line makes the lines between one row; when that row is bad, its error names the \
            lines ("a quote opened on line 5 runs to line 6, so lines 5-6 were read as one row: ..."). A quote \
            never closed costs only its own line: the lines after it are read again. Input is UTF-8: a UTF-16 or \
            UTF-32 file (a byte-order mark, or a NUL beside each first character) is refused with the iconv \
            command that converts it, and a file that is no text (an Excel .xlsx or .xls, a PDF, a program) with \
            what it is and what to do.

            BAD INPUT never stops the run. A line that is not valid UTF-8, holds a NUL byte or is longer than \
            64 KiB, a CSV row with the wrong number of fields or a quote left open, a JSONL line that is not a \
            JSON object, has no string 'question' or gives 'question' twice, a CSV or JSONL question that holds a \
            NUL (JSON's "\\u0000": "the question holds a NUL character") or is empty or only spaces ("the question is empty"; a blank text line, or a CSV row of empty cells, is skipped \
            instead): each becomes a record \
            with status "error" and a one-line reason, in its place, and so does a question that is an \
            interactive command (:quit, :why, :help, :show ID...), which is also named on stderr with its line \
            number ("line 7: ':quit' is an interactive command; batch answers questions only"); every other line \
            is answered. An error record keeps a JSONL object's other fields, redacted, so its id says which \
            ticket failed, and so does a CSV row with an empty question; a CSV row with the wrong number of \
            fields keeps none (which column a missing or extra comma moved cannot be told): its line names it.

            ACKNOWLEDGEMENTS. A line that is, as a whole, one of the knowledge base's acknowledgements ("ok", \
            "got it", "fair enough"; case and punctuation ignored) is not matched, unless an entry lists it among \
            its questions: as for helpdesk ask --json ok, its record has status fallback, no entry, title or \
            candidates, confidence 0, kind acknowledgement, and the answer "OK. Ask a question whenever you're \
            ready.". The summary counts it as acknowledged, not as a fallback, and --unanswered leaves it out.

            EACH LINE ON ITS OWN. Every line of four words or fewer is answered as helpdesk ask answers it with no \
            topic in focus, and so is one made only of the follow-up phrasings' words ("what number do I call for \
            that?"; any other longer line is matched as a question): a \
            bare follow-up ("more", "next step", "what's the number?") gets "More about what? Ask a question \
            first." or the like, with kind naming what it asked for (steps, contacts, escalation, more, next), and \
            a line that only picks from a list ("the second one", "none") gets "Nothing to pick from right now." \
            with kind pick; both have status fallback, no entry, title or candidates and confidence 0, count as \
            fallbacks in the summary and are left out of --unanswered. A short line that turns to a topic by name ("what \
            about the IRS?") is matched on the words that name it.

            OUTPUT is in input order. JSONL: one object per record with the pass-through fields first, then \
            line (the 1-based input line where the record starts), question (redacted), status (answered, \
            clarify, fallback or error; helpdesk ask --json --context also gives follow_up), entry, title, confidence, candidates (the top 3 or more, each \
            {entry,title,confidence}), kind (acknowledgement, pick, steps, contacts, escalation, more or next: only \
            for a line that is no question on its own, below), last_reviewed (answered \
            only), answer, also (only for a pasted text with \
            several problems: one {entry,title,confidence,answer} per further problem, in the order helpdesk ask \
            answers them, which is the text's but for a subject line's problems, after the body's, and a close call, \
            whose topic the whole question is answered with comes first; answer is then the first problem's), and error on input errors. CSV: the pass-through columns first (from JSONL input, \
            the fields of the first JSON object, in its order: each record's field of that name goes in its column, \
            and a field the first object lacks is left out, named on stderr at the end), then \
            line,question,status,entry,title,confidence, then candidate_1,candidate_1_confidence ... \
            candidate_3,candidate_3_confidence (entry ids), then last_reviewed,answer,also,kind,error (with --explain, \
            explanation before error); also holds the \
            further problems' entry ids separated by spaces, empty when there are none. text and markdown show \
            every problem of such a text, each under its "Problem 1 of 2" heading, as helpdesk ask does. A pass-through column named like one of these fields (or \
            explanation) is renamed input_<name>, and in JSONL a name one record gives twice is written name_2 the second time. Pass-through names and values are redacted like the question (JSON strings after \
            unescaping), each labelled by its name and the value before it as words before it would be (a column \
            ssn holding 123 456 789; id_number after id_type holding SSN); a JSON object or array stays JSON with \
            every key and string inside redacted, each value labelled by its own key and the value before it, and an \
            array's items and an object's keys by the key they stand under; \
            a JSON number holding personal data (123456789) is written as a string of its redacted text. In CSV \
            output (and --unanswered), a question or pass-through name or value that starts with =, +, -, @, a tab \
            or a carriage return gets a ' before it, so a spreadsheet shows it as text and does not run it as a \
            formula. text and markdown are for people.

            --output FILE is written under a temporary name in the same folder and renamed when complete, so \
            FILE never holds a partial result; a FILE replaced keeps its permissions (and group). --unanswered FILE writes the questions that fell back or needed \
            clarifying, redacted, grouped by normalized text, most frequent first, as CSV \
            count,question,status,best_guess. Neither may be the input file, nor the same file as the other, \
            however spelled (./FILE, a symbolic or hard link, a link to its folder): that is a usage error, \
            before anything is written; a character device such as /dev/null may be named by both. - means \
            standard output for --output only: --unanswered - is a usage error (./- names a file called -), and so \
            is an empty file name (-o "", or --output= with nothing after the =, which would take the next \
            argument as its value).

            A summary goes to stderr at the end (counts of answered, clarify, fallback, acknowledged when there \
            are any, and error lines, lines per second), with a progress line while it runs when stderr is a terminal and the input is large. \
            Stopped by SIGINT (Ctrl-C), SIGTERM or SIGHUP, it ends the progress line and says instead how many lines \
            it got through and what became of the output ("out.jsonl was not written": --output and --unanswered \
            files keep what they held; or "the records already written to standard output are complete"), then exits \
            128 + the signal (130, 143, 129).

            The questions are answered on --jobs threads (default: every core) in rounds, so memory stays flat \
            whatever the input size.

            EXIT STATUS: 0 when every line was answered, clarified, acknowledged or fell back; 65 when some lines were \
            input errors or interactive commands (all others were still answered); 130, 143 or 129 when interrupted \
            by SIGINT, SIGTERM or SIGHUP; 64 for usage errors (such as --output naming the input file); 1 when the knowledge base or the \
            input cannot be read (UTF-16 or UTF-32, or no text at all; an empty CSV, a CSV whose header names 'question' twice, or a CSV with no 'question' column: the error says whether \
            the file looks separated by ';' or tabs, or has no header) or the output cannot be written.
            """
    )

    @OptionGroup var kb: KBOptions
    @OptionGroup var matcherOptions: MatcherOptions

    @Flag(help: "Explain each answer (JSONL and CSV: an 'explanation' field; text and markdown: after each answer).")
    var explain = false

    @Option(help: "Input shape: text, csv or jsonl (default: from the file extension, else text).")
    var inputFormat: InputFormat?

    @Option(help: "Output format: text, jsonl, csv or markdown.")
    var format: BatchFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Write the output to FILE (atomically); - or none: standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Also write the fallback and clarify questions, grouped with counts, as CSV to FILE (not -).", valueName: "file"))
    var unanswered: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Threads answering questions, 1-\(BatchEngine.maxJobs) (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Argument(help: "File of questions, or - for standard input.")
    var file: String

    func validate() throws {
        try matcherOptions.checkValues()
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let jobs, jobs > BatchEngine.maxJobs { throw ValidationError("--jobs must be at most \(BatchEngine.maxJobs)") }
    }

    func run() throws {
        do {
            try BatchPaths(input: file, output: output, unanswered: unanswered).check()
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.validationFailure
        }
        var knowledgeBase = try kb.load()
        knowledgeBase.settings = matcherOptions.settings(for: knowledgeBase)
        var runner = BatchRunner(knowledgeBase: knowledgeBase, format: format)
        runner.explain = explain
        runner.inputFormat = inputFormat
        runner.outputPath = output
        runner.unansweredPath = unanswered
        if let jobs { runner.jobs = jobs }
        try runner.run(path: file)
    }
}

enum BatchFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl, csv, markdown

    /// Text and Markdown are read by a person, who gets small talk's answer without its footer; JSON Lines and CSV
    /// are data and keep every answer in full.
    var isForPeople: Bool { self == .text || self == .markdown }
}

extension InputFormat: ExpressibleByArgument {}
