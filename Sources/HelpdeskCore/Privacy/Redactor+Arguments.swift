extension Redactor {
    /// `message` with each of `arguments` that it quotes (`'123'`, as ArgumentParser lists arguments it could not
    /// place) replaced by its placeholder when the argument is part of personal data in the command line read as one
    /// text: "helpdesk SSN 123 456 789 locked" splits the number over three arguments, and "her password is
    /// Summer2024!" puts the label in one and the password in another, so no argument alone is redacted.
    public func redact(_ message: String, quotingArguments arguments: [String]) -> String {
        let line = arguments.joined(separator: " ")
        let found = findings(in: line)
        guard !found.isEmpty else { return message }
        var output = message
        var start = line.startIndex
        for argument in arguments {
            let end = line.index(start, offsetBy: argument.count)
            if let finding = found.first(where: { $0.range.overlaps(start..<end) }) {
                output = output.replacingOccurrences(of: "'\(argument)'", with: "'\(finding.kind.placeholder)'")
            }
            start = end < line.endIndex ? line.index(after: end) : end
        }
        return output
    }
}
