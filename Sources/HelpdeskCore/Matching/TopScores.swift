/// Picks the indices of the highest scores, best first, ties broken by the lower index.
enum TopScores {
    static func indices(of scores: [Float], count: Int) -> [Int] {
        guard count > 0 else { return [] }
        return scores.withUnsafeBufferPointer { s in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: count + 1) { top in
                var n = 0
                for i in 0..<s.count {
                    let score = s[i]
                    if n == count, s[top[n &- 1]] >= score { continue }
                    var position = n
                    while position > 0, s[top[position &- 1]] < score {
                        top[position] = top[position &- 1]
                        position &-= 1
                    }
                    top[position] = i
                    if n < count { n &+= 1 }
                }
                return Array(top[0..<n])
            }
        }
    }
}
