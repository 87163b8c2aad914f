import Yams

/// Reads typed values out of one YAML file's node tree, recording a diagnostic with file and line for every problem.
final class NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// The entry being read, named in diagnostics.
    var currentEntry: String?

    init(file: String) {
        self.file = file
    }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column)
    }

    func record(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func error(_ message: String, at node: Node) {
        diagnostics.append(Diagnostic(.error, message, at: location(of: node), entry: currentEntry))
    }

    /// The mapping's pairs keyed by string; reports non-string keys, anchors and keys outside `allowed`.
    func mapping(_ node: Node, path: String, allowed: [String]) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            error("expected a mapping (at \(path)), found \(describe(node))", at: node)
            return nil
        }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error("keys must be plain words (at \(path))", at: key)
                continue
            }
            let name = scalar.string
            guard allowed.contains(name) else {
                let hint = closest(to: name, in: allowed).map { "; did you mean '\($0)'?" } ?? ""
                error("unknown key '\(name)' (at \(path))\(hint)", at: key)
                continue
            }
            result[name] = value
        }
        return result
    }

    func sequence(_ node: Node, path: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error("expected a list (at \(path)), found \(describe(node))", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A non-empty text; numbers and booleans are taken as written.
    func string(_ node: Node, path: String) -> String? {
        guard case .scalar(let scalar) = node, !Self.isNull(scalar) else {
            error("expected text (at \(path)), found \(describe(node))", at: node)
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty {
            error("expected text (at \(path)), found an empty value", at: node)
            return nil
        }
        return text
    }

    func strings(_ node: Node, path: String) -> [String]? {
        guard let items = sequence(node, path: path) else { return nil }
        var result: [String] = []
        for (i, item) in items.enumerated() {
            if let text = string(item, path: "\(path)[\(i)]") { result.append(text) }
        }
        return result
    }

    func number(_ node: Node, path: String) -> Double? {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string) else {
            error("expected a number (at \(path)), found \(describe(node))", at: node)
            return nil
        }
        return value
    }

    func integer(_ node: Node, path: String) -> Int? {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            error("expected a whole number (at \(path)), found \(describe(node))", at: node)
            return nil
        }
        return value
    }

    /// Whether a scalar is YAML's null (`~`, `null`, or nothing), which the loader's basic resolver does not tag.
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if Self.isNull(scalar) || scalar.string.isEmpty { return "nothing" }
            let text = scalar.string.count > 30 ? String(scalar.string.prefix(30)) + "..." : scalar.string
            return "'\(text)'"
        }
    }

    private func closest(to name: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, EditDistance.between(Array(name.utf8), Array($0.utf8), limit: 3)) }
        return scored.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }
}

extension String {
    func trimmingWhitespace() -> String {
        // Most text starts and ends with a visible ASCII character: nothing to trim.
        if let first = utf8.first, let last = utf8.last, first > 32, first < 127, last > 32, last < 127 { return self }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
