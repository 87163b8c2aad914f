import Dispatch

/// Runs labelled questions through a matcher and counts what it got right, what it asked about, and what it got wrong.
/// Each question is answered as `ask` and `batch` answer it (`StandaloneAnswerer`: on its own, with no topic in focus;
/// `Matcher.matchProblems`: personal data taken out, pasted text cut into problems) and judged on the first answer a
/// user would see. A line that is no question on its own ("ok", "more", "next step") matches nothing: a fallback.
public struct Evaluator: Sendable {
    public let matcher: Matcher
    private let standalone: StandaloneAnswerer
    /// Redacts a CSV's labels as `kb import` redacts them (the knowledge base's lists, not its vocabulary), so a label
    /// names the id the import gave it.
    private let labelRedactor: Redactor

    public init(matcher: Matcher) {
        self.matcher = matcher
        standalone = StandaloneAnswerer(matcher: matcher)
        labelRedactor = Redactor(knowledgeBase: matcher.knowledgeBase, vocabulary: nil)
    }

    public func evaluate(_ questions: [LabeledQuestion]) -> EvaluationReport {
        var report = EvaluationReport()
        let known = Set(matcher.knowledgeBase.entries.map(\.id))
        for item in questions {
            let start = DispatchTime.now().uptimeNanoseconds
            let result: MatchResult
            if StandaloneAnswerer.mayBeFollowUp(item.question) || standalone.mayBeBareFollowUp(item.question) {
                result = standalone.answer(item.question).conversation.lastProblems?.primary ?? unmatched(item.question)
            } else {
                result = matcher.matchProblems(item.question).primary
            }
            report.latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            record(result, expected: item.entry, known: known, into: &report)
        }
        return report
    }

    /// A fallback with no candidates, for a line that matched nothing because it is no question on its own.
    private func unmatched(_ question: String) -> MatchResult {
        MatchResult(question: question, analysis: Analysis(question), ranking: Ranking(candidates: []),
                    decision: .fallback(.empty), settings: matcher.settings)
    }

    /// What a missed question is listed as confused with: the entry answered; for a clarify, the first entry offered
    /// that is not the expected one (`b -> clarify with c`); for a fallback, the status first and then the entry ranked
    /// first, which may be the expected one (`b -> fallback, b ranked first`: `b -> b (fallback)` read as a right answer).
    static func confusedWith(_ answered: String?, _ result: MatchResult, expected: String) -> String {
        if let answered { return answered }
        let status = result.decision.status
        if case .clarify(let offered) = result.decision, let other = offered.first(where: { $0.id != expected }) {
            return "\(status) with \(other.id)"
        }
        return result.ranking.best.map { "\(status), \($0.id) ranked first" } ?? status
    }

    func record(_ result: MatchResult, expected: String?, known: Set<String>, into report: inout EvaluationReport) {
        report.total += 1
        var answered: String?
        switch result.decision {
        case .answer(let c): answered = c.id
        case .clarify: report.clarified += 1
        case .fallback: report.fallbacks += 1
        }
        if let answered { report.entries[answered, default: .init(id: answered)].falsePositives += 1 }
        // Labels as written in a CSV that was imported (`card_arrival`, `Card Arrival`) name the id `kb import`
        // gave them (`card-arrival`).
        let expected = expected.map { known.contains($0) ? $0 : KnowledgeBaseImporter.entryID(forLabel: $0, redactor: labelRedactor) }
        guard let expected else {
            report.outOfScope += 1
            if case .fallback = result.decision { report.outOfScopeFallback += 1 }
            if answered != nil { report.confidentlyWrong += 1 }
            return
        }
        if !known.contains(expected) { report.unknownLabels.insert(expected) }
        report.inScope += 1
        if result.ranking.best?.id == expected { report.inScopeTopOne += 1 }
        if answered == expected {
            report.inScopeCorrect += 1
            report.entries[expected]!.falsePositives -= 1
            report.entries[expected]!.truePositives += 1
        } else {
            report.entries[expected, default: .init(id: expected)].falseNegatives += 1
            if answered != nil { report.confidentlyWrong += 1 }
            report.confusions[expected + "\t" + Self.confusedWith(answered, result, expected: expected), default: 0] += 1
        }
    }
}
