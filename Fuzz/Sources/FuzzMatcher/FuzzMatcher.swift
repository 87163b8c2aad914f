import FuzzHarness
import Foundation

/// The shipped knowledge base (or HELPDESK_KB), trained once per process.
let harness: MatcherFuzzHarness = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let directory = ProcessInfo.processInfo.environment["HELPDESK_KB"] ?? root.appendingPathComponent("KnowledgeBase").path
    do {
        return try MatcherFuzzHarness(knowledgeBaseDirectory: directory)
    } catch {
        fatalError("cannot load the knowledge base at \(directory): \(error)")
    }
}()
