/// A quoted YAML scalar that opens on one line and is still open when the next line starts: what the author meant to
/// close (`title: "You are welcome`). libyaml reads on to wherever the next quote happens to be and reports its error
/// there, 20 lines and an entry away ("did not find expected key"), so the loader points at the opening instead.
///
/// A plain scan of the text, not a YAML parser: a quote opens a scalar after `- `, `key: `, `? `, `[`, `{` or `,`, or
/// at the start of a line after a line ending in `:`; block scalars (`|`, `>`) and comments are skipped; `\"` in double
/// quotes and `''` in single quotes do not close them.
struct UnclosedQuote: Equatable {
    /// 1-based line and column (in Unicode scalars, as libyaml counts) of the opening quote.
    var line: Int
    var column: Int

    /// The quote still open at the start of line `errorLine` that opened on an earlier line, if there is one: libyaml's
    /// error at `errorLine` (where that quote closes, or the end of the file) comes from it.
    static func find(in yaml: String, before errorLine: Int) -> UnclosedQuote? {
        var scan = Scan()
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            if number >= errorLine { break }
            scan.read(Array(line.unicodeScalars.filter { $0 != "\r" }), number: number)
        }
        return scan.open
    }

    /// The state of the scan between lines.
    private struct Scan {
        /// The quote open at the end of the last line read, and its closing character.
        var open: UnclosedQuote?
        var closing: Unicode.Scalar = "\""
        /// The indentation of the line that opened a block scalar, while its content lines are skipped.
        var blockIndent: Int?
        /// The last line that was not blank or a comment ended in `:`, so a value may start the next line.
        var afterKey = false

        mutating func read(_ line: [Unicode.Scalar], number: Int) {
            let indent = line.prefix { $0 == " " }.count
            let blank = indent == line.count || line[indent] == "#"
            if let block = blockIndent {
                if blank || indent > block { return }
                blockIndent = nil
            }
            if open == nil, blank { return }
            var i = open == nil ? indent : 0
            while i < line.count {
                let c = line[i]
                if open != nil {
                    if closing == "\"", c == "\\" {
                        i += 2
                        continue
                    }
                    if c == closing {
                        if closing == "'", i + 1 < line.count, line[i + 1] == "'" {
                            i += 2
                            continue
                        }
                        open = nil
                    }
                } else if c == "#", i == 0 || line[i - 1] == " " {
                    break
                } else if c == "\"" || c == "'", opensScalar(line, at: i, indent: indent) {
                    open = UnclosedQuote(line: number, column: i + 1)
                    closing = c
                }
                i += 1
            }
            guard open == nil else { return }
            let content = Self.withoutComment(line)
            afterKey = content.last == ":"
            if Self.endsWithBlockIndicator(content) { blockIndent = indent }
        }

        /// Whether a quote at `i` starts a quoted scalar rather than sitting inside a plain one (`You're`, `say "hi"`).
        private func opensScalar(_ line: [Unicode.Scalar], at i: Int, indent: Int) -> Bool {
            if i == indent { return afterKey }
            let before = line[i - 1]
            if "[{,".unicodeScalars.contains(before) { return true }
            guard before == " " else { return false }
            var j = i - 1
            while j > 0, line[j - 1] == " " { j -= 1 }
            guard j > 0 else { return afterKey }
            return "-:?[{,".unicodeScalars.contains(line[j - 1])
        }

        /// The line without a trailing comment and spaces.
        private static func withoutComment(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
            var end = line.count
            for i in line.indices where line[i] == "#" && (i == 0 || line[i - 1] == " ") {
                end = i
                break
            }
            var content = Array(line[..<end])
            while content.last == " " { content.removeLast() }
            return content
        }

        /// `key: |`, `- >-`, `key: |2+`: the lines after it are a block scalar's text.
        private static func endsWithBlockIndicator(_ content: [Unicode.Scalar]) -> Bool {
            guard let space = content.lastIndex(of: " ") else { return content.first == "|" || content.first == ">" }
            let word = content[(space + 1)...]
            guard let first = word.first, first == "|" || first == ">" else { return false }
            return word.dropFirst().allSatisfy { "+-123456789".unicodeScalars.contains($0) }
                && (space == 0 || [":", "-"].contains(String(content[space - 1])) || content[..<space].allSatisfy { $0 == " " })
        }
    }
}
