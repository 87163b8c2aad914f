@preconcurrency import Glibc
@preconcurrency import CReadline
import HelpdeskCore
import Synchronization

/// GNU readline behind a small interface: prompt, history file, tab completion and bash-like Ctrl-C.
/// This file must not import Foundation (see SWIFT-NOTES: it brings back Swift 6's errors about C globals).
final class LineEditor {
    /// The file shared with other sessions; readline only keeps this session's in-memory list for Up/Down.
    private let history: HistoryLog?

    init(historyPath: String?, historyLimit: Int = 1000, completions: [String]) {
        history = historyPath.map { HistoryLog(path: $0, limit: historyLimit) }
        completionWords = completions
        rl_readline_name = UnsafePointer(strdup("helpdesk"))
        // Readline exports the terminal's size as COLUMNS and LINES by default (at start and on every resize), and
        // `Terminal.width` reads COLUMNS for a stdout that is no terminal: piped answers followed the terminal's width.
        rl_change_environment = 0
        rl_outstream = stderr
        rl_attempted_completion_function = complete
        if let historyPath {
            read_history(historyPath)
            stifle_history(Int32(historyLimit))
        }
    }

    /// Replaces the words Tab completes.
    func setCompletions(_ words: [String]) {
        completionWords = words
    }

    /// The next line, or nil at end of input (Ctrl-D on an empty line). Ctrl-C abandons the line and prompts again.
    func readLine(prompt: String) -> String? {
        interrupted.store(0, ordering: .relaxed)
        let previous = signal(SIGINT, onInterrupt)
        rl_signal_event_hook = onSignalEvent
        defer {
            signal(SIGINT, previous)
            rl_signal_event_hook = nil
        }
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// Adds a line (already redacted) to history and appends it to the history file at once, safely when other
    /// sessions write the same file (`HistoryLog`). A history file that can't be written doesn't stop the session;
    /// the first failure is reported on stderr.
    func remember(_ line: String) {
        guard !line.isEmpty else { return }
        add_history(line)
        do throws(HistoryLog.Failure) {
            try history?.append(line)
        } catch {
            guard !warnedAboutHistory, case .system(let what, let code) = error else { return }
            warnedAboutHistory = true
            fputs("helpdesk: warning: history is not saved: \(what): \(String(cString: strerror(code)))\n", stderr)
        }
    }

    private var warnedAboutHistory = false
}

private nonisolated(unsafe) var completionWords: [String] = []
private let interrupted = Atomic<Int32>(0)

private func onInterrupt(_: Int32) {
    interrupted.store(1, ordering: .relaxed)
}

private func onSignalEvent() -> Int32 {
    guard interrupted.exchange(0, ordering: .relaxed) == 1 else { return 0 }
    rl_crlf()
    rl_on_new_line()
    rl_replace_line("", 0)
    rl_redisplay()
    return 0
}

private func complete(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    let line = rl_line_buffer.map { String(cString: $0) } ?? ""
    let before = String(line.utf8.prefix(Int(start))) ?? ""
    matchingWords = before.hasPrefix(":show ") || before.hasPrefix(":s ")
        ? completionWords.filter { !$0.hasPrefix(":") }
        : (before.trimmingCharacters() .isEmpty ? completionWords.filter { $0.hasPrefix(":") } : [])
    return rl_completion_matches(text, generate)
}

private nonisolated(unsafe) var matchingWords: [String] = []
private nonisolated(unsafe) var generatorIndex = 0

private func generate(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 { generatorIndex = 0 }
    let prefix = text.map { String(cString: $0) } ?? ""
    while generatorIndex < matchingWords.count {
        let word = matchingWords[generatorIndex]
        generatorIndex += 1
        if word.hasPrefix(prefix) { return strdup(word) }
    }
    return nil
}

private extension String {
    func trimmingCharacters() -> String {
        String(self.drop { $0 == " " })
    }
}
