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
        bindEnterToKeepPastedLinesTogether()
        if let historyPath {
            read_history(historyPath)
            stifle_history(Int32(historyLimit))
        }
    }

    /// A terminal without bracketed paste sends a pasted email as lines, each ending in Enter: read one by one, each
    /// was answered on its own ("Thanks," got "You're welcome"). Enter (where it accepts the line, as it does unless an
    /// inputrc binds it to something else) now goes to a new line of the same message when more input is already
    /// waiting (`acceptUnlessMoreIsWaiting`), as a bracketed paste's line breaks do. The inputrc is read first
    /// (`rl_initialize`), so that it doesn't undo this.
    private func bindEnterToKeepPastedLinesTogether() {
        rl_initialize()
        let accept: @convention(c) (Int32, Int32) -> Int32 = rl_newline
        for name in ["emacs", "vi-insert", "vi-command"] {
            guard let keymap = rl_get_keymap_by_name(name) else { continue }
            for (key, sequence) in [(13, "\r"), (10, "\n")] {
                var type: Int32 = 0
                guard let bound = rl_function_of_keyseq(sequence, keymap, &type), type == ISFUNC,
                      unsafeBitCast(bound, to: UnsafeRawPointer.self) == unsafeBitCast(accept, to: UnsafeRawPointer.self) else { continue }
                rl_bind_key_in_map(Int32(key), acceptUnlessMoreIsWaiting, keymap)
            }
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

/// How long Enter waits for more input before it accepts the line: keys that come this soon after Enter were pasted
/// (or sent by a program), not typed; a person's next key comes well after it.
private let pasteGapMilliseconds: Int32 = 25

/// Enter: accepts the line, unless more input is waiting or comes within `pasteGapMilliseconds`; then the line
/// goes on after a line break, and the lines so far and the rest of the paste are one message, as with bracketed paste.
/// A paste that ends without a line break waits for Enter, as a bracketed one does; Ctrl-C abandons all of it.
private func acceptUnlessMoreIsWaiting(_ count: Int32, _ key: Int32) -> Int32 {
    var waiting = pollfd(fd: rl_instream.map(fileno) ?? STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    // A closed terminal (POLLHUP) has nothing more to send.
    if rl_pending_input != 0 || (poll(&waiting, 1, pasteGapMilliseconds) > 0 && waiting.revents & Int16(POLLHUP | POLLERR) == 0) {
        return rl_insert_text("\n") == 1 ? 0 : 1
    }
    return rl_newline(count, key)
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
