/// The line a batch run stopped by a signal leaves on stderr: how far it got, and what became of its output.
public struct InterruptNotice: Sendable, Equatable, CustomStringConvertible {
    /// Lines whose records were written (or, for a file written at the end, answered).
    public var lines: Int
    /// How much of a regular input file was read, 0...1; nil for standard input or a pipe.
    public var fraction: Double?
    /// Where records went as they were made ("standard output", a device or a pipe); nil when none did.
    public var streamedTo: String?
    /// Files written only when the run ends (`AtomicFile`), which an interrupt leaves as they were.
    public var unwritten: [String]

    public init(lines: Int, fraction: Double? = nil, streamedTo: String? = nil, unwritten: [String] = []) {
        self.lines = lines
        self.fraction = fraction
        self.streamedTo = streamedTo
        self.unwritten = unwritten
    }

    /// `interrupted after 67260 lines (7% of the input); out.jsonl was not written (nothing is written until the run
    /// ends)`, or `...; the records already written to standard output are complete`.
    public var description: String {
        var text = "interrupted after " + Format.count(lines, "line")
        if let fraction { text += " (\(Int(min(1, max(0, fraction)) * 100))% of the input)" }
        if let streamedTo { text += "; the records already written to \(streamedTo) are complete" }
        if !unwritten.isEmpty {
            let names = unwritten.count == 1 ? unwritten[0]
                : unwritten.dropLast().joined(separator: ", ") + " and " + unwritten[unwritten.count - 1]
            text += "; \(names) \(unwritten.count == 1 ? "was" : "were") not written (nothing is written until the run ends)"
        }
        return text
    }
}
