import Yams

/// Guards against YAML alias bombs: counts a tree's nodes, stopping as soon as a limit is passed.
enum NodeBudget {
    /// True when the tree holds more than `limit` nodes. A file without aliases has fewer nodes than bytes,
    /// so a limit near the file size is only passed when aliases repeat content.
    static func exceeds(_ root: Node, limit: Int) -> Bool {
        var remaining = limit
        var stack = [root]
        while let node = stack.popLast() {
            remaining -= 1
            if remaining < 0 { return true }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return false
    }
}
