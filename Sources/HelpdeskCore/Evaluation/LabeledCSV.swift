import Foundation
import SwiftCSV

/// Reads `question,entry[,title,answer]` CSV files (RFC 4180 quoting), as `eval` and `kb import` take them.
public enum LabeledCSV {
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let message: String
        public var description: String { "\(path): \(message)" }
    }

    public static func read(path: String) throws -> [LabeledQuestion] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(path: path, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReadError(path: path, message: "not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String = "<text>") throws -> [LabeledQuestion] {
        // In RFC 4180 every quote inside a field is doubled, so an odd count means a quote left open, which the
        // CSV library would silently run to the end of the file.
        if text.utf8.reduce(0, { $0 + ($1 == 34 ? 1 : 0) }) % 2 == 1 {
            throw ReadError(path: path, message: "not valid CSV: a quoted field is never closed")
        }
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, delimiter: .comma, loadColumns: false)
        } catch {
            throw ReadError(path: path, message: "not valid CSV: \(error)")
        }
        let header = csv.header.map { $0.trimmingWhitespace().lowercased() }
        guard let questionColumn = header.firstIndex(of: "question"), let entryColumn = header.firstIndex(of: "entry") else {
            throw ReadError(path: path, message: "the header must name the columns 'question' and 'entry' (found: \(csv.header.joined(separator: ",")))")
        }
        let titleColumn = header.firstIndex(of: "title")
        let answerColumn = header.firstIndex(of: "answer")
        var result: [LabeledQuestion] = []
        for (i, row) in csv.rows.enumerated() {
            func field(_ column: Int?) -> String? {
                guard let column, column < row.count else { return nil }
                let value = row[column].trimmingWhitespace()
                return value.isEmpty ? nil : value
            }
            guard let question = field(questionColumn) else { continue }
            result.append(LabeledQuestion(question: question, entry: field(entryColumn), title: field(titleColumn),
                                          answer: field(answerColumn), row: i + 1))
        }
        return result
    }
}
