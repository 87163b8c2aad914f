/// Why a knowledge base could not be loaded: every problem found, not just the first.
public struct KnowledgeBaseError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// What did load despite the errors (the entries read without a fatal problem), so `kb check` can list their
    /// warnings too; nil when no file could be listed.
    public var partial: KnowledgeBase?

    public init(diagnostics: [Diagnostic], partial: KnowledgeBase? = nil) {
        self.diagnostics = diagnostics
        self.partial = partial
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        let count = errors.count
        let first = errors.first.map { ": \($0)" } ?? ""
        return count == 1 ? "knowledge base has 1 error\(first)" : "knowledge base has \(count) errors\(first)"
    }
}
