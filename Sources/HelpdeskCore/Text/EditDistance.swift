/// Optimal-string-alignment (Damerau-Levenshtein) distance between byte strings, stopping early past a limit.
public enum EditDistance {
    /// Longest word compared; longer ones are never within a small distance of a vocabulary word anyway.
    static let maximumLength = 48

    /// The distance, or `limit + 1` when it is larger than `limit`.
    public static func between(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in between(a, b, limit: limit) } }
    }

    public static func between(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return min(max(a.count, b.count), limit + 1) }
        guard a.count <= maximumLength, b.count <= maximumLength else { return limit + 1 }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            var previous2 = rows.baseAddress!, previous = previous2 + width, current = previous + width
            for j in 0..<width { previous[j] = j; previous2[j] = 0 }
            for i in 1...a.count {
                current[0] = i
                var rowMin = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
                    current[j] = value
                    rowMin = min(rowMin, value)
                }
                if rowMin > limit { return limit + 1 }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return min(previous[b.count], limit + 1)
        }
    }
}
