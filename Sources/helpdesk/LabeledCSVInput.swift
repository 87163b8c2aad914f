import ArgumentParser
import HelpdeskCore

/// Reads the labelled CSV that `eval` and `kb import` take (`-`: standard input); a file that cannot be read, a
/// column named twice, or any malformed row (`file.csv:2: error: ...`, the first ten listed), is reported on stderr
/// and exits 1. A column that is not read is named in a warning, with the `reading` columns that are. What the errors
/// and warnings quote is redacted by `redactor`: the knowledge base's, as `ask` and `batch` redact.
enum LabeledCSVInput {
    static func read(_ path: String, reading: [String] = LabeledCSV.columns, redactor: Redactor) throws -> [LabeledQuestion] {
        do {
            return try LabeledCSV.read(path: path, reading: reading, redactor: redactor) {
                Terminal.writeAlreadyRedactedError("helpdesk: warning: \($0)")
            }
        } catch let error as LabeledCSV.RowErrors {
            // Each line starts with the file name, which may hold personal data ("Smith 123-45-6789.csv:2: error: ...").
            error.redactedLines(by: redactor).forEach(Terminal.writeAlreadyRedactedError)
            Terminal.error(error.summary)
            throw ExitCode(1)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }
}
