/// Writes batch records in one output format. Formatters are Sendable values: workers format their own slices.
public protocol BatchRecordFormatter: Sendable {
    /// Called once before the first record with the pass-through column names; returns what goes first (the CSV header row).
    mutating func start(passThroughNames: [String]) -> String

    /// Appends one record, with its line ending.
    func append(_ record: BatchRecord, to output: inout [UInt8])
}

extension BatchRecordFormatter {
    public mutating func start(passThroughNames: [String]) -> String { "" }

    /// One record as text, for single answers and tests.
    public func text(_ record: BatchRecord) -> String {
        var bytes: [UInt8] = []
        append(record, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension BatchRecord {
    /// The contract's field names, in output order (`explanation` with `--explain`). A pass-through column with one
    /// of these names is written as `input_<name>`.
    public static let fieldNames = ["line", "question", "status", "entry", "title", "confidence", "candidates", "kind",
                                    "last_reviewed", "answer", "also", "explanation", "error"]

    /// The output name of a pass-through column: its own, unless it would shadow a contract field or one of
    /// `otherNames` (a format's own columns, such as CSV's `candidate_1`).
    public static func passThroughName(_ name: String, otherNames: Set<String> = []) -> String {
        fieldNames.contains(name) || otherNames.contains(name) ? "input_" + name : name
    }

    /// The output names of one record's pass-through fields (`passThroughName(_:)` each), unique within the record: a
    /// name already used by an earlier field gets `_2`, `_3`... (a CSV header naming `id` twice, a JSON object giving
    /// `id` twice, two keys that redact alike), so that no JSON key hides another's value.
    public static func uniquePassThroughNames(_ names: [String]) -> [String] {
        var used: [String] = []
        used.reserveCapacity(names.count)
        for name in names {
            var unique = passThroughName(name)
            if used.contains(unique) {
                var suffix = 2
                while used.contains("\(unique)_\(suffix)") { suffix += 1 }
                unique = "\(unique)_\(suffix)"
            }
            used.append(unique)
        }
        return used
    }
}
