/// Where each key that a YAML block mapping repeats stands again: libyaml names the repeated keys but gives the place of
/// only one of them, and that one's first occurrence, so `kb check` pointed at the original `title:` of an entry, not at
/// the second one to delete.
enum YAMLDuplicateKeys {
    /// For each of `keys`, the 1-based lines of its first and second occurrences in the block mapping whose keys stand
    /// at 1-based `column`, the mapping holding `line`; a key not found twice there (a flow mapping, a quoted key) is
    /// left out.
    static func repeatedLines(of keys: [String], around line: Int, column: Int, in yaml: String) -> [String: (first: Int, again: Int)] {
        let lines = EntryLineScan.lines(of: yaml)
        let keyColumn = column - 1
        guard line >= 1, line <= lines.count, keyColumn >= 0 else { return [:] }
        var first: [String: Int] = [:]
        var repeated: [String: (first: Int, again: Int)] = [:]
        for index in mapping(around: line - 1, keyColumn: keyColumn, in: lines) {
            guard let key = key(in: lines[index], at: keyColumn), keys.contains(key), repeated[key] == nil else { continue }
            if let earlier = first[key] { repeated[key] = (earlier, index + 1) } else { first[key] = index + 1 }
        }
        return repeated
    }

    /// The 0-based indices of the lines of the block mapping around `index`: up to its first key (which may open a list
    /// item, `- id: x`) and down to the first line less indented than its keys.
    private static func mapping(around index: Int, keyColumn: Int, in lines: [Substring]) -> ClosedRange<Int> {
        var first = index
        var i = index - 1
        while i >= 0 {
            let line = lines[i]
            if EntryLineScan.isBlank(line) { i -= 1; continue }
            if key(in: line, at: keyColumn) != nil {
                first = i
                if opensListItem(line, keyColumn: keyColumn) { break }
            } else if EntryLineScan.indentation(line) <= keyColumn {
                break
            }
            i -= 1
        }
        var last = index
        i = index + 1
        while i < lines.count {
            let line = lines[i]
            if !EntryLineScan.isBlank(line) {
                if opensListItem(line, keyColumn: keyColumn) || (EntryLineScan.indentation(line) <= keyColumn && key(in: line, at: keyColumn) == nil) { break }
                last = i
            }
            i += 1
        }
        return first...last
    }

    /// The key that `line` opens at 0-based `keyColumn` (`title:` after spaces, or after `- ` for a list item's first
    /// key), or nil.
    private static func key(in line: Substring, at keyColumn: Int) -> String? {
        guard line.count > keyColumn else { return nil }
        let before = line.prefix(keyColumn)
        guard before.allSatisfy({ $0 == " " }) || (before.hasSuffix("- ") && before.dropLast(2).allSatisfy({ $0 == " " })) else { return nil }
        let rest = line.dropFirst(keyColumn)
        guard let first = rest.first, first != " ", first != "-", first != "#",
              let colon = rest.firstIndex(where: { $0 == ":" }),
              rest.index(after: colon) == rest.endIndex || rest[rest.index(after: colon)] == " " else { return nil }
        return String(rest[..<colon])
    }

    /// Whether `line` opens a list item whose first key stands at `keyColumn`: `  - id: x` for keys at column 4.
    private static func opensListItem(_ line: Substring, keyColumn: Int) -> Bool {
        keyColumn >= 2 && line.prefix(keyColumn).hasSuffix("- ") && line.prefix(keyColumn - 2).allSatisfy { $0 == " " }
    }
}
