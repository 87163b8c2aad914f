/// Renders an evaluation report as text for a person or as one JSON object; an undefined ratio is `n/a` in text
/// and `null` in JSON.
public struct EvaluationRenderer: Sendable {
    public init() {}

    public func text(_ r: EvaluationReport) -> String {
        func pct(_ v: Double?) -> String { v.map { Format.fixed($0 * 100, digits: 1) + "%" } ?? "n/a" }
        var lines = [
            "Questions:            \(r.total) (\(r.inScope) in scope, \(r.outOfScope) off-topic)",
            "In-scope accuracy:    \(pct(r.inScopeAccuracy))  (answered with the right entry; top-1 ranking \(pct(r.topOneAccuracy)))",
            "Off-topic recall:     \(pct(r.outOfScopeRecall))  (off-topic questions that fell back)",
            "Off-topic precision:  \(pct(r.outOfScopePrecision))  (fallbacks that were off-topic)",
            "Clarify rate:         \(pct(r.clarifyRate))",
            "Confidently wrong:    \(pct(r.confidentlyWrongRate))  (answered with a wrong entry)",
            "Latency per question: p50 \(Format.fixed(r.latencyP50 * 1000, digits: 3)) ms, p99 \(Format.fixed(r.latencyP99 * 1000, digits: 3)) ms",
        ]
        let confusions = r.topConfusions(10)
        if !confusions.isEmpty {
            lines.append("Most confused (expected -> got):")
            lines += confusions.map { "  \($0.count)x  \($0.expected) -> \($0.got)" }
        }
        let weakest = r.entries.values.filter { $0.truePositives + $0.falseNegatives > 0 }
            .sorted { ($0.recall ?? -1, $0.precision ?? -1, $1.id) < ($1.recall ?? -1, $1.precision ?? -1, $0.id) }.prefix(10)
        if !weakest.isEmpty {
            lines.append("Per entry, weakest recall first (precision / recall):")
            lines += weakest.map { "  \(pct($0.precision)) / \(pct($0.recall))  \($0.id)" }
        }
        return lines.joined(separator: "\n")
    }

    public func json(_ r: EvaluationReport) -> String {
        var json = JSONWriter()
        func number(_ value: Double?) { if let value { json.number(value) } else { json.null() } }
        json.beginObject()
        json.key("questions"); json.number(r.total)
        json.key("in_scope"); json.number(r.inScope)
        json.key("out_of_scope"); json.number(r.outOfScope)
        json.key("in_scope_accuracy"); number(r.inScopeAccuracy)
        json.key("top1_accuracy"); number(r.topOneAccuracy)
        json.key("out_of_scope_recall"); number(r.outOfScopeRecall)
        json.key("out_of_scope_precision"); number(r.outOfScopePrecision)
        json.key("clarify_rate"); number(r.clarifyRate)
        json.key("confidently_wrong_rate"); number(r.confidentlyWrongRate)
        json.key("latency_p50_ms"); json.number(r.latencyP50 * 1000)
        json.key("latency_p99_ms"); json.number(r.latencyP99 * 1000)
        json.key("unknown_labels"); json.strings(r.unknownLabels.sorted())
        json.key("confusions")
        json.beginArray()
        for c in r.topConfusions(20) {
            json.beginObject()
            json.key("expected"); json.string(c.expected)
            json.key("got"); json.string(c.got)
            json.key("count"); json.number(c.count)
            json.endObject()
        }
        json.endArray()
        json.key("entries")
        json.beginObject()
        for e in r.entries.values.sorted(by: { $0.id < $1.id }) {
            json.key(e.id)
            json.beginObject()
            json.key("precision"); number(e.precision)
            json.key("recall"); number(e.recall)
            json.key("support"); json.number(e.truePositives + e.falseNegatives)
            json.endObject()
        }
        json.endObject()
        json.endObject()
        return json.text
    }
}
