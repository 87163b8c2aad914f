/// Wraps text to a width at word boundaries, with a first-line prefix and an indent for the lines after.
public struct TextWrapper: Sendable {
    /// nil means no wrapping (for pipes and files).
    public var width: Int?

    public init(width: Int?) {
        self.width = width
    }

    public func wrap(_ text: String, prefix: String = "", indent: String = "") -> String {
        guard let width, width > prefix.count + 10 else { return prefix + text }
        var lines: [String] = []
        var line = prefix
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
