/// One problem found in a knowledge base, with where it is and which entry it concerns.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var location: SourceLocation
    public var entryID: String?
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, entry: String? = nil) {
        self.severity = severity
        self.message = Self.oneLine(message)
        self.location = location
        self.entryID = entry
    }

    /// `file:line:col: error: message (entry 'id')`, the form compilers use.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let entryID { text += " (entry '\(entryID)')" }
        return text
    }
}
