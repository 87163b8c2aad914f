/// A command's usage for `--help` and usage errors, wrapped to 80 columns after the 7-column "USAGE: " or "Usage: "
/// that ArgumentParser puts before it (and before each further line, which is indented under the first part).
/// ArgumentParser prints the usage it makes on one line: 191 columns for batch.
enum Usage {
    static let width = 80
    static let prefix = "USAGE: ".count

    static func wrapped(_ command: String, _ parts: [String]) -> String {
        let indent = String(repeating: " ", count: command.count + 1)
        var lines: [String] = []
        var line = command
        var column = prefix + command.count
        var lineHasPart = false
        for part in parts {
            if lineHasPart, column + 1 + part.count > width {
                lines.append(line)
                line = indent + part
                column = prefix + indent.count + part.count
            } else {
                line += " " + part
                column += 1 + part.count
            }
            lineHasPart = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// A usage error on one line, as the tool's other errors are, with where to find the command's help:
    /// "helpdesk: error: --jobs must be at least 1 (see helpdesk batch --help)". ArgumentParser wrote "Error: ...", the
    /// command's usage and a line naming its help: four to seven lines. A message that names a help page already
    /// ("'helpdesk kb --help' lists the commands") gets no second.
    static func errorLine(_ message: String, command: String) -> String {
        message.contains("--help") ? "helpdesk: error: \(message)" : "helpdesk: error: \(message) (see \(command) --help)"
    }
}
