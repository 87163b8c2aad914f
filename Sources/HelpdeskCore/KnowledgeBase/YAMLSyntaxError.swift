import Yams

/// Turns a Yams parse error into one-line diagnostics with the file, line and column, and the entry the line is in.
enum YAMLSyntaxError {
    static func diagnostics(for error: YamlError, file: String) -> [Diagnostic] {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, yaml), let .parser(context, problem, mark, yaml), let .composer(context, problem, mark, yaml):
            let entry = EntryLineScan.entryID(around: mark.line, in: yaml)
            if problem.contains("Maximum nesting level") {
                return [Diagnostic(.error, "YAML nested more than \(YAMLStructureLimit.maximumNestingDepth) levels deep", at: at(mark))]
            }
            if case .composer = error {} else if let quote = UnclosedQuote.find(in: yaml, before: mark.line) {
                return [unclosed(quote, error: mark, detail: detail(problem: problem, context: context?.text), yaml: yaml, file: file)]
            }
            if character(at: mark, in: yaml) == "\t" {
                return [Diagnostic(.error, "YAML syntax error: a tab character; indent with spaces", at: at(mark), entry: entry)]
            }
            // An unquoted value holding ": " ("title: Beta: the sequel") reads as a second key on the line.
            let hint = problem.hasPrefix("mapping values are not allowed") ? "; a value holding \": \" needs quotes" : ""
            return [Diagnostic(.error, "YAML syntax error: \(detail(problem: problem, context: context?.text))\(hint)", at: at(mark),
                               entry: entry)]
        case let .duplicatedKeysInMapping(duplicates, context):
            return duplicateKeys(duplicates, context: context, file: file)
        case let .reader(problem, _, _, _):
            return [Diagnostic(.error, "cannot read YAML: \(problem)", at: SourceLocation(file: file, line: 1))]
        default:
            return [Diagnostic(.error, "cannot parse YAML", at: SourceLocation(file: file, line: 1))]
        }
    }

    /// One diagnostic for each repeated key, at the line where it stands again and naming the line of the first; a key
    /// whose second place is not found in the text is named at the place libyaml gives.
    private static func duplicateKeys(_ keys: [String], context: YamlError.Context, file: String) -> [Diagnostic] {
        let yaml = context.text, mark = context.mark
        let repeated = YAMLDuplicateKeys.repeatedLines(of: keys, around: mark.line, column: mark.column, in: yaml)
        let found = keys.compactMap { key in repeated[key].map { (key: key, lines: $0) } }.sorted { $0.lines.again < $1.lines.again }
        var diagnostics = found.map { key, lines in
            Diagnostic(.error, "duplicate key '\(key)' (first at line \(lines.first)); fix it to have the rest of this file checked",
                       at: SourceLocation(file: file, line: lines.again, column: mark.column), entry: EntryLineScan.entryID(around: lines.again, in: yaml))
        }
        let missing = keys.filter { repeated[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.append(Diagnostic(.error, "duplicate key \(names) in one mapping",
                                          at: SourceLocation(file: file, line: mark.line, column: mark.column),
                                          entry: EntryLineScan.entryID(around: mark.line, in: yaml)))
        }
        return diagnostics
    }

    /// The error at the quote that libyaml read past (`UnclosedQuote`), naming the entry it is in; libyaml's own phrase
    /// follows, with the line it stopped at.
    private static func unclosed(_ quote: UnclosedQuote, error mark: Mark, detail: String, yaml: String, file: String) -> Diagnostic {
        let runsOn = detail.contains("end of stream") ? "to the end of the file" : "to line \(mark.line) (\(detail))"
        return Diagnostic(.error, "YAML syntax error: a quote opened here is not closed on its line, so YAML read on \(runsOn)",
                          at: SourceLocation(file: file, line: quote.line, column: quote.column),
                          entry: EntryLineScan.entryID(around: quote.line, in: yaml))
    }

    /// libyaml's problem and context as one phrase: "did not find expected '-' indicator while parsing a block
    /// collection", and, for a problem that continues its context ("but found another document"), the context first.
    static func detail(problem: String, context: String?) -> String {
        guard let context else { return problem }
        return problem.hasPrefix("but ") ? "\(context), \(problem)" : "\(problem) \(context)"
    }

    /// The character at a 1-based line and column (counted in Unicode scalars, as libyaml counts), if there is one.
    static func character(at mark: Mark, in yaml: String) -> Unicode.Scalar? {
        guard mark.line >= 1, mark.column >= 1 else { return nil }
        let lines = yaml.split(separator: "\n", maxSplits: mark.line, omittingEmptySubsequences: false)
        guard mark.line <= lines.count else { return nil }
        let scalars = lines[mark.line - 1].unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: mark.column - 1, limitedBy: scalars.endIndex),
              index < scalars.endIndex else { return nil }
        return scalars[index]
    }
}
