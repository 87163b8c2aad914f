import Foundation
@testable import HelpdeskCore
import TestSupport

/// A knowledge-base folder in a temporary directory, made from YAML text, removed on deinit.
final class TemporaryKnowledgeBase {
    let url: URL

    init(files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-kb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    var path: String { url.path }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The diagnostics a load produces (errors thrown, or warnings on success).
    func diagnostics() -> [Diagnostic] {
        do {
            return try KnowledgeBaseLoader().load(directory: path).warnings
        } catch let error as KnowledgeBaseError {
            return error.diagnostics
        } catch {
            return [Diagnostic(.error, "\(error)", at: SourceLocation(file: path, line: 0))]
        }
    }
}

extension PackagePaths {
    /// The shipped knowledge base, loaded.
    static func loadShipped() throws -> KnowledgeBase {
        try KnowledgeBaseLoader().load(directory: shippedKnowledgeBase).0
    }
}

/// A minimal valid entry in YAML, for building test files.
func entryYAML(id: String, title: String = "A title", questions: [String] = ["a question"], extra: String = "") -> String {
    """
      - id: \(id)
        title: \(title)
        summary: A summary.
        questions:
    \(questions.map { "      - \($0)" }.joined(separator: "\n"))
        source: test
        last_reviewed: 2026-01-01
    \(extra)
    """
}
