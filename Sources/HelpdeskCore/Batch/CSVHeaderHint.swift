/// What to add to "no 'question' column (found: …)" when the first row suggests why: its names hold `;` or tabs
/// (a file separated by those, as spreadsheets export in many locales), or it may be a first row of data, in a file
/// with no header.
enum CSVHeaderHint {
    /// The hint for a first row read as `names`; `columns` says which columns the header must name
    /// ("a 'question' column"). Nil when there is no row at all.
    static func hint(for names: [String], columns: String) -> String? {
        guard !names.isEmpty else { return nil }
        let semicolons = names.reduce(0) { $0 + $1.filter { $0 == ";" }.count }
        let tabs = names.reduce(0) { $0 + $1.filter { $0 == "\t" }.count }
        if semicolons > 0 || tabs > 0 {
            let separator = semicolons >= tabs ? "';'" : "tabs"
            return "the file looks separated by \(separator); helpdesk reads comma-separated CSV"
        }
        return "the first row is the header: name \(columns) there, or add a header row if the file has none"
    }
}
