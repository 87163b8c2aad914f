import ArgumentParser
import Foundation
import HelpdeskCore

struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer one question.",
        usage: Usage.wrapped("helpdesk ask", ["[--kb <dir>]", "[--threshold <x>]", "[--margin <x>]", "[--json]", "[--no-color]",
                                              "[--explain]", "[--context <ID>]", "<question> ... | -"]),
        discussion: """
            Example: helpdesk ask "lost my phone, can't get the code"
            Pasted text with several problems gets one answer per problem, in the order of the text, except that a \
            subject line's problems come after the body's and, of two problems told apart in a close call, the one \
            the whole question is answered with comes first ("I forgot my password and my client wants her refund \
            status": the IRS question, then the reset). The first is the answer (JSON: entry), the others follow \
            (JSON: 'also').
            With --context ID the question is read as a follow-up to that topic, as in the interactive session: \
            helpdesk ask --context mfa-recovery "how long do I have to finish it?" With --json, a line answered \
            from that topic has status follow_up, no candidates, and kind naming what was answered: step, follow_up \
            (one the topic lists), steps, contacts, escalation, who_handles, more or next; the other fields are \
            batch's.
            With - as the question, the question is all of standard input, as one pasted question (an email, a chat): \
            helpdesk ask - < email.txt. It must be UTF-8 without NUL bytes and at most 65536 bytes; an empty standard \
            input is a usage error.
            A question that is one of the interactive session's commands (:quit, :help, :why, :show ID...) is a usage \
            error: run helpdesk with no arguments for the session.
            """
    )

    @OptionGroup var kb: KBOptions
    @OptionGroup var matcherOptions: MatcherOptions

    @Flag(help: "Print the answer as one JSON object (the batch JSONL record, plus 'also'; with --explain, plus 'explanation'; a follow-up to --context: below).")
    var json = false

    @Flag(name: .customLong("no-color"), help: "Plain text even on a terminal.")
    var noColor = false

    /// The parser gives a `--no-color` written after the subcommand to the root command, which declares it too.
    @ParentCommand var root: Helpdesk

    @Flag(help: "After the answer, explain it: normalized words, spelling fixes and synonyms, candidates with scores and matched words, margin, thresholds and the reason for the decision.")
    var explain = false

    @Option(name: .customLong("context"), help: ArgumentHelp("Answer as a follow-up to this topic (an entry id).", valueName: "ID"))
    var context: String?

    /// Pasted text may start with a dash ("- lost phone, no code"), so words the parser does not know as options
    /// are taken as the question; only something shaped like a mistyped option is refused.
    @Argument(parsing: .allUnrecognized, help: "The question; quotes are optional unless it holds an apostrophe or another character the shell reads. A lone - reads it from standard input.")
    var question: [String]

    func validate() throws {
        try matcherOptions.checkValues()
        if !CommandLine.arguments.contains("--"), let typo = question.first(where: Self.looksLikeOption) {
            throw ValidationError("Unknown option '\(Redactor().redact(typo))'; to ask a question that starts with it, put -- before the question")
        }
        // "ask - extra" answered "- extra": a lone - reads the question from standard input, so words after it are a mistake.
        if let dash = question.firstIndex(where: { $0 != "--" }), question[dash] == "-", question.count > dash + 1 {
            throw ValidationError("- reads the question from standard input and takes no other words; "
                + "give either - or the question's words")
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("give a question, e.g. helpdesk ask how do I reset my ID.me password")
        }
    }

    /// The question as one line, without the `--` that may end the options (the parser keeps it among the words).
    private var text: String {
        var words = question[...]
        if let terminator = words.firstIndex(of: "--") { words.remove(at: terminator) }
        return words.joined(separator: " ")
    }

    /// `ask -`: all of standard input as one question, or a one-line error (exit 64 when it is empty, else 1).
    private static func standardInputQuestion() throws -> String {
        do {
            let bytes = try WholeInput.read(descriptor: STDIN_FILENO, limit: PastedQuestion.maximumBytes + 1)
            return try PastedQuestion.text(from: bytes)
        } catch let error as PastedQuestionError {
            Terminal.error(error.description)
            throw error.isUsageError ? ExitCode.validationFailure : ExitCode(1)
        } catch {
            // The system's reason ("it is a folder"), never Foundation's "The operation could not be completed".
            Terminal.error("cannot read standard input: \(error)")
            throw ExitCode(1)
        }
    }

    /// `--word`, `--word=value` or `-x`: not text anyone pastes as a question.
    static func looksLikeOption(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), !argument.contains(" ") else { return false }
        let name = argument.drop { $0 == "-" }.prefix { $0 != "=" }
        guard let first = name.first, first.isLetter, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return false }
        return argument.hasPrefix("--") || name.count == 1
    }

    func run() throws {
        // Read before the knowledge base loads, so that an empty standard input is refused at once.
        let text = try question == ["-"] || question == ["--", "-"] ? Self.standardInputQuestion() : self.text
        // ":quit" or ":help" was answered as a question ("Updating or closing an ID.me account"); batch refuses such lines.
        if MetaCommand.isCommand(text) {
            Terminal.error("'\(LineError.shownCommand(text))' is an interactive command; run helpdesk with no arguments "
                + "for the interactive session")
            throw ExitCode.validationFailure
        }
        var knowledgeBase = try kb.load()
        knowledgeBase.settings = matcherOptions.settings(for: knowledgeBase)
        let matcher = Matcher(knowledgeBase: knowledgeBase)
        var conversation = Conversation(matcher: matcher)
        if let context {
            // Found as `helpdesk show` finds an id ("MFA recovery" is mfa-recovery). One line, as batch's file errors: a
            // ValidationError thrown here would print the root command's usage.
            guard let entry = knowledgeBase.entry(typed: context) else {
                Terminal.writeAlreadyRedactedError("helpdesk: error: --context: \(UnknownEntry(typed: context, in: matcher))")
                throw ExitCode.validationFailure
            }
            try conversation.focus(on: entry.id)
        }
        let reply = conversation.respond(to: text)
        let explanation = explain ? explanation(of: conversation) : nil
        if json {
            let records = RecordRenderer(candidateCount: matcher.settings.candidateCount, redactor: matcher.redactor)
            var record = ""
            if case .needsTopic(let intent) = reply {
                record = records.json(needsTopic: intent, question: text, line: 1, in: knowledgeBase)
            } else if reply == .nothingToPick {
                record = records.json(nothingToPick: text, line: 1)
            } else if case .acknowledgement(let topic) = reply {
                record = records.json(acknowledgement: text, afterTopic: topic != nil, line: 1)
            } else if let followUp = conversation.lastFollowUp {
                record = records.json(followUp, question: text, line: 1)
            } else if let problems = conversation.lastProblems {
                record = records.json(problems, line: 1, in: knowledgeBase, question: text)
            }
            if let explanation {
                var value = JSONWriter()
                value.string(explanation)
                record = RecordRenderer.adding(key: "explanation", json: value.text, to: record)
            }
            print(record)
        } else {
            let style = TextStyle(color: Terminal.wantsColor(noColorFlag: noColor || root.noColor))
            let renderer = AnswerRenderer(width: Terminal.width, style: style)
            // One question, no session: no reply can pick from a list, so its choices open with `helpdesk show`.
            if case .clarify(let candidates) = reply {
                print(renderer.renderClarify(candidates))
            } else {
                print(renderer.render(reply, in: knowledgeBase))
            }
            // Wrapped as the answer is (to the terminal; in a pipe at 80 or COLUMNS), each labelled line hanging under its
            // value, as :why's is.
            if let explanation { print("\n" + renderer.wrapper.wrapAligned(explanation)) }
        }
    }

    /// What `--explain` prints: how the last line was read and why it got its answer.
    private func explanation(of conversation: Conversation) -> String {
        Explainer(matcher: conversation.matcher).explain(conversation) ?? "Nothing to explain."
    }
}
