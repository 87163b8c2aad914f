/// The id of the entry that a line of a knowledge-base file lies in, read from the text alone: for a file that does not
/// parse, whose error should still name its entry. The entry is the item of the top-level `entries:` list around the
/// line, and its id the item's `id:` key as written.
enum EntryLineScan {
    /// The id of the entry around 1-based `line`, or nil when the line is outside `entries:` or the entry has no id.
    static func entryID(around line: Int, in yaml: String) -> String? {
        let lines = lines(of: yaml)
        guard line >= 1, line <= lines.count,
              let list = lines.firstIndex(where: { $0.hasPrefix("entries:") && isBlank($0.dropFirst("entries:".count)) }),
              let first = lines[(list + 1)...].firstIndex(where: { !isBlank($0) }),
              let itemIndent = itemIndentation(lines[first])
        else { return nil }
        let target = line - 1
        guard target >= first else { return nil }
        // The list ends at the next top-level key.
        let end = lines[first...].firstIndex { !isBlank($0) && indentation($0) == 0 && itemIndentation($0) == nil } ?? lines.count
        guard target < end,
              let start = lines[first...target].lastIndex(where: { itemIndentation($0) == itemIndent })
        else { return nil }
        let next = lines[(start + 1)..<end].firstIndex { itemIndentation($0) == itemIndent } ?? end
        let keyIndent = itemIndent + 1 + lines[start].dropFirst(itemIndent + 1).prefix { $0 == " " }.count
        for index in start..<next where indentation(lines[index]) == keyIndent || index == start {
            let key = lines[index].dropFirst(index == start ? keyIndent : indentation(lines[index]))
            guard key.hasPrefix("id:") else { continue }
            return value(key.dropFirst("id:".count))
        }
        return nil
    }

    /// The lines of `yaml`, without their line ends ("\n" or "\r\n").
    static func lines(of yaml: String) -> [Substring] {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    /// The spaces that open `line`.
    static func indentation(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }

    /// Whether `text` holds only spaces, tabs and perhaps a comment.
    static func isBlank(_ text: Substring) -> Bool {
        let rest = text.drop { $0 == " " || $0 == "\t" }
        return rest.isEmpty || rest.hasPrefix("#")
    }

    /// The column of the `-` when the line starts a list item (`  - id: x`, `  -`), else nil.
    private static func itemIndentation(_ line: Substring) -> Int? {
        let indent = indentation(line)
        let rest = line.dropFirst(indent)
        return rest == "-" || rest.hasPrefix("- ") ? indent : nil
    }

    /// A scalar as written after its key: without a comment, spaces and the quotes around it; nil when empty.
    private static func value(_ text: Substring) -> String? {
        var value = String(text).trimmingWhitespace()
        if let hash = value.indices.first(where: { value[$0] == "#" && $0 > value.startIndex && value[value.index(before: $0)] == " " }) {
            value = String(value[..<hash]).trimmingWhitespace()
        }
        if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
            value = String(value.dropFirst().dropLast())
        }
        return value.isEmpty ? nil : value
    }
}
