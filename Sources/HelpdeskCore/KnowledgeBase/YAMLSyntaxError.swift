import Yams

/// Turns a Yams parse error into a one-line diagnostic with the file, line and column.
enum YAMLSyntaxError {
    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, yaml), let .parser(context, problem, mark, yaml), let .composer(context, problem, mark, yaml):
            if problem.contains("Maximum nesting level") {
                return Diagnostic(.error, "YAML nested more than \(YAMLStructureLimit.maximumNestingDepth) levels deep", at: at(mark))
            }
            if case .composer = error {} else if let quote = UnclosedQuote.find(in: yaml, before: mark.line) {
                return unclosed(quote, error: mark, detail: detail(problem: problem, context: context?.text), yaml: yaml, file: file)
            }
            if character(at: mark, in: yaml) == "\t" {
                return Diagnostic(.error, "YAML syntax error: a tab character; indent with spaces", at: at(mark))
            }
            return Diagnostic(.error, "YAML syntax error: \(detail(problem: problem, context: context?.text))", at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(.error, "duplicate key \(keys) in one mapping", at: at(context.mark))
        case let .reader(problem, _, _, _):
            return Diagnostic(.error, "cannot read YAML: \(problem)", at: SourceLocation(file: file, line: 1))
        default:
            return Diagnostic(.error, "cannot parse YAML", at: SourceLocation(file: file, line: 1))
        }
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
