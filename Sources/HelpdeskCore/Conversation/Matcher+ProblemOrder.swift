extension Matcher {
    /// `problems` (two or more, in the text's order) with the whole text's topic first, when a problem is that topic
    /// (the entry the whole text ranks first), was not set apart as a further one (`further(k)`: a list item, "also",
    /// "... too"), and answers more surely than the first: "I have id.me for other agency. IRS say upgrade. What they
    /// need?" is first about the upgrade (1.00, what ID.me is 0.74); "How do I reset my password? My account is
    /// locked." keeps its order, as does "I forgot my password. Also my phone was stolen".
    func wholeTopicFirst(_ problems: [MatchResult], whole: MatchResult, further: (Int) -> Bool) -> [MatchResult] {
        guard let top = whole.ranking.best?.id, let k = problems.firstIndex(where: { $0.chosen?.id == top }), k > 0,
              let confidence = problems[k].chosen?.confidence, let first = problems[0].chosen?.confidence,
              confidence > first, !further(k) else { return problems }
        var ordered = problems
        ordered.insert(ordered.remove(at: k), at: 0)
        return ordered
    }
}
