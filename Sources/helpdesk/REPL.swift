import Foundation
import HelpdeskCore

/// The interactive session: reads lines with readline, answers them, and runs the `:` commands.
struct REPL {
    static let prompt = "helpdesk> "
    static let commands = [":help", ":topics", ":show", ":why", ":reload", ":quit"]

    let knowledgeBase: KnowledgeBase
    let color: Bool

    func run() throws {
        var conversation = Conversation(matcher: Matcher(knowledgeBase: knowledgeBase))
        let editor = LineEditor(historyPath: HistoryFile.path(), completions: Self.commands + knowledgeBase.entries.map(\.id))
        let redactor = Redactor()
        var renderer: AnswerRenderer { AnswerRenderer(width: Terminal.width, style: TextStyle(color: color)) }
        say(renderer.style.title("helpdesk") + " \(HelpdeskVersion.string): ask about ID.me and IRS e-Services sign-in. "
            + ":help lists commands, :quit or Ctrl-D leaves.")
        while let line = editor.readLine(prompt: Self.prompt) {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            editor.remember(redactor.redact(text))
            if text.hasPrefix(":") {
                if !runCommand(text, conversation: &conversation, editor: editor, renderer: renderer) { break }
                continue
            }
            let reply = conversation.respond(to: text)
            say(renderer.render(reply, in: conversation.knowledgeBase))
        }
    }

    /// Runs a `:` command; false means quit.
    private func runCommand(_ text: String, conversation: inout Conversation, editor: LineEditor, renderer: AnswerRenderer) -> Bool {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        let kb = conversation.knowledgeBase
        switch parts[0] {
        case ":quit", ":q", ":exit":
            return false
        case ":help", ":h", ":?":
            say("""
                Type a question in your own words, or paste what a caller said.
                  :topics      list every topic
                  :show ID     show one topic in full (Tab completes ids)
                  :why         explain how the last answer was chosen
                  :reload      re-read the knowledge base after editing it
                  :quit        leave (Ctrl-D does too)
                After a list of choices, type its number, or "none".
                """)
        case ":topics", ":t":
            let width = kb.entries.map(\.id.count).max() ?? 0
            say(kb.entries.map { $0.id + String(repeating: " ", count: width - $0.id.count + 2) + $0.title }.joined(separator: "\n"))
        case ":show", ":s":
            if let entry = kb.entry(id: argument) {
                say(renderer.render(entry))
            } else {
                say(argument.isEmpty ? "Usage: :show ID (:topics lists the ids)" : "No topic '\(argument)'. :topics lists them.")
            }
        case ":why":
            if let result = conversation.lastResult {
                say(Explainer().explain(result, in: kb))
            } else {
                say("Nothing to explain yet: ask a question first.")
            }
        case ":reload":
            do {
                let (reloaded, warnings) = try KnowledgeBaseLoader().load(directory: kb.origin)
                conversation.replace(matcher: Matcher(knowledgeBase: reloaded))
                editor.setCompletions(Self.commands + reloaded.entries.map(\.id))
                say("Reloaded \(reloaded.entries.count) topics from \(kb.origin) (\(warnings.count) warning(s)).")
            } catch let error as KnowledgeBaseError {
                say(error.diagnostics.map(\.description).joined(separator: "\n")
                    + "\nThe knowledge base was not reloaded; still using the one loaded before.")
            } catch {
                say("Could not reload: \(error). Still using the one loaded before.")
            }
        default:
            say("Unknown command \(parts[0]). :help lists the commands.")
        }
        return true
    }

    private func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n\n").utf8))
    }
}

/// Where the REPL keeps its history: `$XDG_STATE_HOME/helpdesk/history`, default `~/.local/state/helpdesk/history`.
enum HistoryFile {
    static func path() -> String? {
        let environment = ProcessInfo.processInfo.environment
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.local/state" }
        guard let state else { return nil }
        let directory = state + "/helpdesk"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        return directory + "/history"
    }
}
