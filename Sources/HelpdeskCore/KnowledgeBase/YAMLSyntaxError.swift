import Yams

/// Turns a Yams parse error into a one-line diagnostic with the file, line and column.
enum YAMLSyntaxError {
    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            if problem.contains("Maximum nesting level") {
                return Diagnostic(.error, "YAML nested more than \(YAMLStructureLimit.maximumNestingDepth) levels deep", at: at(mark))
            }
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return Diagnostic(.error, "YAML syntax error: \(detail)", at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(.error, "duplicate key \(keys) in one mapping", at: at(context.mark))
        case let .reader(problem, _, _, _):
            return Diagnostic(.error, "cannot read YAML: \(problem)", at: SourceLocation(file: file, line: 1))
        default:
            return Diagnostic(.error, "cannot parse YAML", at: SourceLocation(file: file, line: 1))
        }
    }
}
