/// Picks the indices of the highest scores, best first, ties broken by the lower index.
enum TopScores {
    static func indices(of scores: [Float], count: Int) -> [Int] {
        var top: [Int] = []
        top.reserveCapacity(count + 1)
        for i in scores.indices {
            if top.count == count, let last = top.last, scores[last] >= scores[i] { continue }
            var position = top.count
            while position > 0, scores[top[position - 1]] < scores[i] { position -= 1 }
            top.insert(i, at: position)
            if top.count > count { top.removeLast() }
        }
        return top
    }
}
