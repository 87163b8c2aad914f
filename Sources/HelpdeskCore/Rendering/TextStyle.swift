/// How headings and emphasis look: plain text, or ANSI bold and colour for a terminal.
public struct TextStyle: Sendable {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public static let plain = TextStyle(color: false)

    public func title(_ text: String) -> String { color ? "\u{1B}[1;36m\(text)\u{1B}[0m" : text }
    public func heading(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    public func dim(_ text: String) -> String { color ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    public func warning(_ text: String) -> String { color ? "\u{1B}[1;33m\(text)\u{1B}[0m" : text }
}
