import Foundation
import HelpdeskCore

/// The interactive session: reads lines with readline, hands questions to `Conversation`, and runs the `:` commands.
/// Answers go to stdout; the banner, the prompt and readline's control sequences go to the terminal (stderr).
struct REPL {
    static let prompt = "helpdesk> "

    let knowledgeBase: KnowledgeBase
    let color: Bool

    func run() throws {
        var conversation = Conversation(matcher: Matcher(knowledgeBase: knowledgeBase))
        let history = HistoryFile.path()
        let editor = LineEditor(historyPath: history.path, completions: Self.completions(for: knowledgeBase))
        // Wrapped to the terminal as answers are (its lines were 57 and 46 columns on a 40-column terminal); the name
        // is styled after wrapping, so that its escape sequences take no room.
        let banner = [" \(HelpdeskVersion.string): ask about ID.me and IRS e-Services sign-in.", ":help lists commands; :quit or Ctrl-D leaves."]
        let wrapped = banner.enumerated().map { renderer.wrapper.wrap(($0.offset == 0 ? "helpdesk" : "") + $0.element) }
        Terminal.writeError(renderer.style.title("helpdesk") + wrapped.joined(separator: "\n").dropFirst("helpdesk".count))
        if let problem = history.problem { Terminal.writeError("helpdesk: warning: history is not saved: \(problem)") }
        if let warning = history.setting.warning(keptIn: history.path) { Terminal.writeRedactedError("helpdesk: warning: \(warning)") }
        // The line before labels a line, as in one paste: "SSN:" then "123 456 789" is redacted like "SSN: 123 456 789".
        var previous: String?
        while let line = editor.readLine(prompt: Self.prompt) {
            // "quit" or "exit" alone (the KB's `exit_words`, as reloaded) leaves as ":quit" does.
            let exitWords = ExitWords(lexicon: conversation.knowledgeBase.lexicon)
            // A paste is cut at its command lines (`SessionEntry`): "...\n:quit" answers the lines before, then quits.
            // A paste of blank lines ("\n\n   ") has no parts: ignored as a bare Enter is (it got the whole fallback).
            for typed in SessionEntry(line, exitWords: exitWords).parts {
                // The session's matcher keeps the knowledge base's own phone numbers ("should I call 866-255-0654?").
                let text = conversation.matcher.redactor.redact(typed, labelledBy: previous)
                previous = text
                // One history line per part: a pasted multi-line question is kept as one line.
                editor.remember(text.split(whereSeparator: \.isNewline).joined(separator: " "))
                if let command = MetaCommand(typed, exitWords: exitWords) {
                    if !run(command, conversation: &conversation, editor: editor) { return }
                    continue
                }
                let reply = conversation.respond(to: text)
                say(renderer.render(reply, in: conversation.knowledgeBase, showCommand: ":show"))
            }
        }
        Terminal.writeError("")
    }

    /// Built afresh for each answer, so that a resized terminal wraps to its new width.
    private var renderer: AnswerRenderer { AnswerRenderer(width: Terminal.width, style: TextStyle(color: color)) }

    private static func completions(for kb: KnowledgeBase) -> [String] {
        MetaCommand.names + kb.entries.map(\.id)
    }

    /// Runs a `:` command; false means quit.
    private func run(_ command: MetaCommand, conversation: inout Conversation, editor: LineEditor) -> Bool {
        let kb = conversation.knowledgeBase
        switch command {
        case .quit:
            return false
        case .help:
            say(MetaCommand.helpText(width: Terminal.width, exitWords: kb.lexicon.exitWords))
        case .topics:
            say(renderer.topics(kb.entries))
        case .show(let id):
            if id.isEmpty {
                sayWrapped("Usage: :show ID (:topics lists the ids; Tab completes them)")
            } else if let entry = kb.entry(typed: id) {
                try? conversation.focus(on: entry.id)
                say(renderer.render(entry))
            } else {
                let unknown = UnknownEntry(typed: id, in: conversation.matcher)
                let hint = unknown.like.isEmpty ? "" : " Did you mean " + unknown.like.joined(separator: ", ") + "?"
                sayWrapped("No topic '\(unknown.shown.terminalSafeLine)'.\(hint) :topics lists them.")
            }
        case .why:
            let why = Explainer(matcher: conversation.matcher).explain(conversation)
            say(why.map(renderer.wrapper.wrapAligned) ?? renderer.wrapper.wrap("Nothing to explain yet: ask a question first."))
        case .reload:
            // The folder and each diagnostic (which names a file in it) are shown redacted, as errors on stderr are.
            let redactor = Redactor()
            do {
                let (reloaded, loadWarnings) = try KnowledgeBaseLoader().load(directory: kb.origin)
                conversation.replace(matcher: Matcher(knowledgeBase: reloaded))
                editor.setCompletions(Self.completions(for: reloaded))
                let warnings = loadWarnings.count + KnowledgeBaseLinter().warnings(for: reloaded).count
                let folder = redactor.redact(kb.origin).terminalSafeLine
                sayWrapped("Reloaded \(Format.count(reloaded.entries.count, "topic")) from \(folder) (\(Format.count(warnings, "warning")))."
                    + (warnings > 0 ? " To list them, \(KnowledgeBaseCheckHint(path: kb.origin).text)." : ""))
            } catch let error as KnowledgeBaseError {
                say(error.diagnostics.map { $0.redacted(by: redactor).terminalSafe }.joined(separator: "\n")
                    + "\nThe knowledge base was not reloaded; still using the one loaded before.")
            } catch {
                say(redactor.redact("Could not reload: \(error). Still using the one loaded before.").terminalSafe)
            }
        case .unknown(let name):
            // ":why?" named the command it meant: quote what was typed and suggest it.
            let typed = "'" + Redactor().redact(name).terminalSafeLine + "'"
            let hint = MetaCommand.suggestion(for: name).map { "\(typed); did you mean '\($0)'?" } ?? "\(typed)."
            sayWrapped("Unknown command \(hint) :help lists the commands.")
        }
        return true
    }

    /// Prints a message of the session's own, wrapped to the terminal like an answer.
    private func sayWrapped(_ text: String) {
        say(renderer.wrapper.wrap(text))
    }

    /// Prints an answer; standard output that cannot be written (a full disk) ends the session with exit status 1.
    private func say(_ text: String) {
        do {
            try StandardOutput.write(Array((text + "\n\n").utf8))
        } catch {
            Terminal.error("\(error)")
            exit(1)
        }
    }
}

/// Where the REPL keeps its history: `$XDG_STATE_HOME/helpdesk/history`, default `~/.local/state/helpdesk/history`;
/// none with `HELPDESK_HISTORY=off` (or 0, false, no: `HistorySetting`). A relative `XDG_STATE_HOME` is ignored, as
/// the XDG spec asks.
enum HistoryFile {
    /// The history file, or why there is none (no problem to report when neither variable is set, or history is off),
    /// and what HELPDESK_HISTORY asked (a value not understood is warned about).
    static func path() -> (path: String?, problem: String?, setting: HistorySetting) {
        let environment = ProcessInfo.processInfo.environment
        let setting = HistorySetting(environment["HELPDESK_HISTORY"])
        if setting == .off { return (nil, nil, setting) }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? environment["HOME"].flatMap { $0.isEmpty ? nil : $0 + "/.local/state" }
        guard let state else { return (nil, nil, setting) }
        let directory = state + "/helpdesk"
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            return (nil, "\(directory) is not a folder", setting)
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            return (nil, "cannot create \(directory)", setting)
        }
        return (directory + "/history", nil, setting)
    }
}
