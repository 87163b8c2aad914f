import Foundation

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

    /// The width to wrap to: the terminal's (at most 100); in a pipe or file, COLUMNS when it is set, else 80.
    static var width: Int? {
        var size = winsize()
        if stdoutIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return min(Int(size.ws_col), 100) }
        if !stdoutIsTerminal, let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), columns > 20 {
            return columns
        }
        return 80
    }

    static func writeError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `helpdesk: error: message` on stderr.
    static func error(_ message: String) {
        writeError("helpdesk: error: \(message)")
    }
}
