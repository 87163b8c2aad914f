import Foundation

/// One line of progress on stderr, redrawn in place; only when stderr is a terminal, and at most 5 times a second.
struct StatusLine {
    let enabled = isatty(STDERR_FILENO) == 1
    private var lastDrawn: UInt64 = 0
    private var shown = false

    /// Draws `text()` over the line, unless it was drawn less than 0.2 s ago (`text` is only built when drawn).
    mutating func show(_ text: () -> String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDrawn > 200_000_000 else { return }
        lastDrawn = now
        shown = true
        Terminal.writeErrorText("\r" + text() + "\u{1B}[K")
    }

    /// Erases the line, if anything was drawn.
    mutating func clear() {
        if shown { Terminal.writeErrorText("\r\u{1B}[K") }
        shown = false
    }
}
