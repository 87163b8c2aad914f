extension AnswerRenderer {
    /// Every entry's id and title, as `helpdesk topics` and `:topics` list them: ids in a column, each title after
    /// it and wrapped under itself. When the width leaves less than `minimumTitleWidth` columns for titles after the
    /// id column (a 40-column terminal), each title goes under its id instead, indented.
    public func topics(_ entries: [Entry]) -> String {
        let column = (entries.map(\.id.count).max() ?? 0) + 2
        if let width = wrapper.width, width - column < Self.minimumTitleWidth {
            return entries.map { $0.id + "\n" + wrapper.wrap($0.title, prefix: "    ", indent: "    ") }.joined(separator: "\n")
        }
        return entries.map { entry in
            let prefix = entry.id + String(repeating: " ", count: column - entry.id.count)
            return wrapper.wrap(entry.title, prefix: prefix, indent: String(repeating: " ", count: column))
        }.joined(separator: "\n")
    }

    /// The fewest columns a title gets beside the id column.
    static let minimumTitleWidth = 24
}
