import Yams

/// Finds where a key of a loaded entry is written (`related:`, `last_reviewed:`...), for warnings that point at the line.
/// Reads each file again, once; falls back to the entry's own location when the file or key can't be found.
final class EntryKeyLocator {
    /// Per file: the entry mappings' locations (line, column) to their keys' locations.
    private var files: [String: [Position: [String: SourceLocation]]] = [:]

    private struct Position: Hashable {
        var line: Int
        var column: Int
    }

    /// `key` is a key of the entry (`related`) or an item of a list under it (`contacts[1]`).
    func location(of key: String, in entry: Entry) -> SourceLocation {
        let file = entry.location.file
        if files[file] == nil { files[file] = Self.index(file: file) }
        let position = Position(line: entry.location.line, column: entry.location.column ?? 0)
        return files[file]?[position]?[key] ?? entry.location
    }

    private static func index(file: String) -> [Position: [String: SourceLocation]] {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8),
              text.utf8.count <= KnowledgeBaseLoader.maximumFileBytes,
              let root = try? Yams.compose(yaml: text),
              case .mapping(let top) = root, let entries = top["entries"], case .sequence(let items) = entries
        else { return [:] }
        var result: [Position: [String: SourceLocation]] = [:]
        for item in items {
            guard case .mapping(let mapping) = item, let mark = item.mark else { continue }
            var keys: [String: SourceLocation] = [:]
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key, let keyMark = key.mark else { continue }
                keys[scalar.string] = SourceLocation(file: file, line: keyMark.line, column: keyMark.column)
                guard case .sequence(let list) = value else { continue }
                for (i, element) in list.enumerated() {
                    guard let elementMark = element.mark else { continue }
                    keys["\(scalar.string)[\(i)]"] = SourceLocation(file: file, line: elementMark.line, column: elementMark.column)
                }
            }
            result[Position(line: mark.line, column: mark.column)] = keys
        }
        return result
    }
}
