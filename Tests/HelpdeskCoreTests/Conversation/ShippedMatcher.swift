import XCTest
@testable import HelpdeskCore
import TestSupport

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

    /// `matcher`'s knowledge base with a "yes" intent added (CLINC150 has one): an entry that lists "yes", "yep",
    /// "that is correct" and "affirmative" among its questions, so those lines are its questions, not acknowledgements.
    static func withYesIntent(_ matcher: Matcher) throws -> Matcher {
        var kb = matcher.knowledgeBase
        var yes = try XCTUnwrap(kb.entries.first { $0.id == "thanks" })
        yes.id = "yes"
        yes.title = "Yes"
        yes.questions = ["yes", "yep", "that is correct", "affirmative"]
        yes.related = []
        kb.entries.append(yes)
        return Matcher(knowledgeBase: kb, settings: matcher.settings, cache: nil)
    }
}
