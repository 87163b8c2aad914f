/// Nearest-rank percentiles of a list of measurements.
public enum Percentiles {
    /// The value at percentile `p` (0...100) of `values`; 0 for an empty list.
    public static func value(_ p: Double, of values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
