import Foundation

/// A `kb import` label whose entry id the --out folder already defines: the import would define it a second time,
/// so the folder would not load. Named by the CSV line that first gives the label and by where the entry is.
public struct ImportClash: Sendable, Equatable {
    /// The CSV line of the first row giving the label.
    public var line: Int
    /// The label as imported (redacted), and the entry id it makes.
    public var label: String
    public var id: String
    /// Where the folder's own entry of that id is defined.
    public var existing: SourceLocation

    public init(line: Int, label: String, id: String, existing: SourceLocation) {
        self.line = line
        self.label = label
        self.id = id
        self.existing = existing
    }

    /// "clash.csv:2: label 'reset-idme-password' is already an entry in kb (idme.yaml:685); rename the label or import
    /// into another --out": `file` as shown for the CSV, `folder` as shown for --out (both redacted already); the
    /// entry's file is named within the folder, redacted by `redactor`. Not to be redacted again: "password' is
    /// already..." would be read as a password given.
    public func description(file: String, folder: String, redactor: Redactor = Redactor()) -> String {
        let named = label == id ? "label '\(label)'" : "label '\(label)' (entry id '\(id)')"
        let place = "\(redactor.redact(URL(fileURLWithPath: existing.file).lastPathComponent)):\(existing.line)"
        return "\(file):\(line): \(named) is already an entry in \(folder) (\(place)); rename the label or import into another --out"
    }
}
