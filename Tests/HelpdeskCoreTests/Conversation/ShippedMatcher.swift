import XCTest
@testable import HelpdeskCore

/// One matcher over the shipped knowledge base, trained once for all conversation tests.
enum ShippedMatcher {
    static let shared: Matcher? = try? Matcher(knowledgeBase: PackagePaths.loadShipped())

    static func get() throws -> Matcher { try XCTUnwrap(shared, "the shipped KB must load") }

    /// The same knowledge base with other thresholds, e.g. a wide clarify margin to force a clarify question.
    static func with(answerThreshold: Double? = nil, clarifyMargin: Double? = nil) throws -> Matcher {
        let matcher = try get()
        var settings = matcher.settings
        if let answerThreshold { settings.answerThreshold = answerThreshold }
        if let clarifyMargin { settings.clarifyMargin = clarifyMargin }
        return Matcher(knowledgeBase: matcher.knowledgeBase, settings: settings)
    }
}
