/// Counts of a batch run by status, the throughput line printed on stderr, and the exit status they call for.
/// A line that only acknowledges ("ok") has status `fallback` in the output, as in `helpdesk ask --json`, but is
/// counted as `acknowledged`: no question fell back.
public struct BatchSummary: Sendable, Equatable {
    public private(set) var answered = 0
    public private(set) var clarify = 0
    public private(set) var fallback = 0
    public private(set) var acknowledged = 0
    public private(set) var errors = 0

    public init() {}

    /// Records written (blank text lines are not records).
    public var total: Int { answered + clarify + fallback + acknowledged + errors }

    /// Adds the counts of another part of the run.
    public mutating func add(_ other: BatchSummary) {
        answered += other.answered
        clarify += other.clarify
        fallback += other.fallback
        acknowledged += other.acknowledged
        errors += other.errors
    }

    public mutating func add(_ record: BatchRecord) {
        if record.kind == .acknowledgement {
            acknowledged += 1
            return
        }
        switch record.status {
        case .answered: answered += 1
        case .clarify: clarify += 1
        case .fallback: fallback += 1
        case .error: errors += 1
        }
    }

    /// 0 when every line was answered, clarified or fell back; 65 (EX_DATAERR) when some lines were input errors.
    public var exitStatus: Int32 { errors > 0 ? 65 : 0 }

    /// `1200 lines: 1000 answered, 100 clarify, 95 fallback, 5 errors; 0.8 s, 1500 lines/s`, with
    /// `..., 95 fallback, 3 acknowledged, 5 errors; ...` when some lines only acknowledged.
    public func description(seconds: Double) -> String {
        let rate = seconds > 0 ? Int((Double(total) / seconds).rounded()) : total
        let acknowledged = self.acknowledged > 0 ? "\(self.acknowledged) acknowledged, " : ""
        return "\(total) \(total == 1 ? "line" : "lines"): \(answered) answered, \(clarify) clarify, \(fallback) fallback, "
            + acknowledged + "\(errors) \(errors == 1 ? "error" : "errors"); \(Format.fixed(seconds, digits: 1)) s, \(rate) lines/s"
    }
}
