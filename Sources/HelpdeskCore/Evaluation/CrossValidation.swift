import Synchronization

/// `kb test`: holds out each example question (or each fold of them), rebuilds the matcher without it, and checks that it still reaches its own entry.
public struct CrossValidation: Sendable {
    /// Leave-one-out up to this many example questions; k-fold beyond.
    public static let leaveOneOutLimit = 2500

    public struct Failure: Sendable {
        public var question: String
        public var expected: String
        public var status: String
        public var got: String?
    }

    public struct Report: Sendable {
        public var folds = 0
        public var tested = 0
        public var correct = 0
        /// Held-out questions whose best-ranked entry is their own, whatever the decision.
        public var topOne = 0
        public var topOneAccuracy: Double { ratio(topOne, tested) }
        public var failures: [Failure] = []
        /// Held-out off-topic examples, and how many of them fell back.
        public var offTopicTested = 0
        public var offTopicFellBack = 0
        public var accuracy: Double { ratio(correct, tested) }

        /// Entry pairs whose examples reach each other, most first.
        public func overlaps() -> [(a: String, b: String, count: Int)] {
            var counts: [String: Int] = [:]
            for f in failures where f.expected != "(fallback)" {
                guard let got = f.got, got != f.expected else { continue }
                let pair = [f.expected, got].sorted().joined(separator: "\t")
                counts[pair, default: 0] += 1
            }
            return counts.map { key, n in
                let p = key.split(separator: "\t").map(String.init)
                return (a: p[0], b: p[1], count: n)
            }.sorted { ($0.count, $1.a, $1.b) > ($1.count, $0.a, $0.b) }
        }
    }

    public let knowledgeBase: KnowledgeBase
    public let settings: MatcherSettings
    public let folds: Int
    /// The folds asked for (`--folds`), nil for the default.
    public let requestedFolds: Int?
    /// The examples held out: example questions and off-topic examples.
    public let examples: Int

    /// `folds` nil: leave-one-out for small knowledge bases, 10 folds for large ones. Never more folds than examples.
    public init(knowledgeBase: KnowledgeBase, settings: MatcherSettings? = nil, folds: Int? = nil) {
        self.knowledgeBase = knowledgeBase
        self.settings = settings ?? knowledgeBase.settings
        let total = knowledgeBase.entries.reduce(0) { $0 + $1.questions.count } + knowledgeBase.outOfScope.count
        self.folds = max(2, min(folds ?? (total <= Self.leaveOneOutLimit ? total : 10), total))
        requestedFolds = folds
        examples = total
    }

    /// One line saying that fewer folds run than were asked for, because there are fewer examples; nil otherwise.
    public var fewerFoldsNote: String? {
        guard let requestedFolds, requestedFolds > folds else { return nil }
        let ran = folds == examples ? "\(folds) folds ran, one example each (leave-one-out)" : "\(folds) folds ran"
        return "--folds \(requestedFolds) is more than the \(Format.count(examples, "example")) to hold out "
            + "(example questions and off-topic examples); \(ran)"
    }

    /// Example question `j` of an entry goes to fold (running index) mod `folds`. `progress` is told how many folds
    /// are done, out of how many, as each finishes (from the thread that ran it).
    public func run(progress: @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in }) -> Report {
        var report = Report()
        report.folds = folds
        // Entry -1 stands for the off-topic examples: held out, they must fall back.
        var slots: [(entry: Int, question: Int, fold: Int)] = []
        var running = 0
        for (e, entry) in knowledgeBase.entries.enumerated() {
            for q in entry.questions.indices {
                slots.append((e, q, running % folds))
                running += 1
            }
        }
        for q in knowledgeBase.outOfScope.indices {
            slots.append((-1, q, running % folds))
            running += 1
        }
        // Folds run two or more at a time (training alone leaves cores idle); their reports join in fold order.
        let allSlots = slots
        let done = Atomic<Int>(0)
        let parts = parallelMap(folds) { fold -> Report? in
            let held = allSlots.filter { $0.fold == fold }
            let part = held.isEmpty ? nil : test(held: held)
            progress(done.wrappingAdd(1, ordering: .relaxed).newValue, folds)
            return part
        }
        for part in parts.compactMap({ $0 }) {
            report.tested += part.tested
            report.correct += part.correct
            report.topOne += part.topOne
            report.offTopicTested += part.offTopicTested
            report.offTopicFellBack += part.offTopicFellBack
            report.failures += part.failures
        }
        return report
    }

    /// Rebuilds the matcher without the held-out examples and asks each of them.
    private func test(held: [(entry: Int, question: Int, fold: Int)]) -> Report {
        var report = Report()
        var reduced = knowledgeBase
        let heldByEntry = Dictionary(grouping: held, by: \.entry).mapValues { Set($0.map(\.question)) }
        if let offTopic = heldByEntry[-1] {
            reduced.outOfScope = reduced.outOfScope.enumerated().filter { !offTopic.contains($0.offset) }.map(\.element)
        }
        for (e, questions) in heldByEntry where e >= 0 {
            let kept = reduced.entries[e].questions.enumerated().filter { !questions.contains($0.offset) }.map(\.element)
            // An entry needs one example to stay matchable; its title still speaks for it when none is left.
            reduced.entries[e].questions = kept.isEmpty ? [reduced.entries[e].title] : kept
        }
        let matcher = Matcher(knowledgeBase: reduced, settings: settings, cache: nil)
        for slot in held where slot.entry < 0 {
            let question = knowledgeBase.outOfScope[slot.question]
            let result = matcher.match(question)
            report.offTopicTested += 1
            if case .fallback = result.decision {
                report.offTopicFellBack += 1
            } else {
                report.failures.append(Failure(question: question, expected: "(fallback)", status: result.decision.status, got: result.chosen?.id))
            }
        }
        for slot in held where slot.entry >= 0 {
            let entry = knowledgeBase.entries[slot.entry]
            let question = entry.questions[slot.question]
            let result = matcher.match(question)
            report.tested += 1
            if result.ranking.best?.id == entry.id { report.topOne += 1 }
            if case .answer(let c) = result.decision, c.id == entry.id {
                report.correct += 1
            } else {
                report.failures.append(Failure(question: question, expected: entry.id, status: result.decision.status, got: result.chosen?.id))
            }
        }
        return report
    }
}
