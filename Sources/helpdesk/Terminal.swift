import Foundation
import HelpdeskCore

/// Facts about the terminal, and writing to stderr.
enum Terminal {
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Colour only on a terminal, and never with NO_COLOR set or --no-color.
    static func wantsColor(noColorFlag: Bool) -> Bool {
        guard !noColorFlag, stdoutIsTerminal else { return false }
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        return ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// The width to wrap to: the terminal's (at most 100); in a pipe or file, COLUMNS when it is set, else 80. A
    /// width below `minimumWidth` is raised to it (COLUMNS=20 wrapped at 80); 0 or no number is no width.
    static var width: Int? {
        var size = winsize()
        if stdoutIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(max(Int(size.ws_col), minimumWidth), 100)
        }
        if !stdoutIsTerminal, let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
            return max(columns, minimumWidth)
        }
        return 80
    }

    /// The narrowest width answers wrap to: an indented contact line still has room for words.
    static let minimumWidth = 21

    /// A line on stderr. A stderr that cannot be written (closed, a full disk) loses the line: there is nowhere
    /// left to report it, and the non-throwing `FileHandle.write` would stop the process with a trap.
    static func writeError(_ line: String) {
        writeErrorText(line + "\n")
    }

    /// Text on stderr as it is, without a line break; lost when stderr cannot be written (`writeError(_:)`).
    static func writeErrorText(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// Writes what `print` left buffered, and fails when any of the command's standard output could not be written
    /// (a full disk, a closed descriptor), so that a cut-off answer or report never ends with exit status 0.
    static func finishStandardOutput() throws(BatchError) {
        // fflush(nil) flushes every output stream; one whose earlier writes failed still holds them and fails again.
        if fflush(nil) != 0 {
            throw BatchError.cannotWrite(path: "standard output", reason: String(cString: strerror(errno)))
        }
    }

    /// `helpdesk: error: message` on stderr, redacted (`writeRedactedError(_:)`).
    static func error(_ message: String) {
        writeRedactedError("helpdesk: error: \(message)")
    }

    /// A line on stderr that may quote what the user gave: a file or folder name ("Smith 123-45-6789.csv"), an
    /// argument. Personal data in it is redacted, and a control character is shown as U+FFFD, never sent to the terminal.
    static func writeRedactedError(_ line: String) {
        writeError(Redactor().redact(line).terminalSafe)
    }

    /// A line on stderr whose quoted parts the knowledge base's redactor has redacted already (`Matcher.redactor`):
    /// shown with its control characters as U+FFFD, and not redacted again, by a plain redactor that would take away
    /// what the knowledge base's keeps (its own phone numbers: "call 866-255-0654" read "call [PHONE]").
    static func writeAlreadyRedactedError(_ line: String) {
        writeError(line.terminalSafe)
    }
}
