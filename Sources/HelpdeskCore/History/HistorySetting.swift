import Foundation

/// What `HELPDESK_HISTORY` asks of the interactive session's history file.
///
/// off, 0, false or no (case and surrounding spaces ignored) keep no history file; unset or empty keep the default
/// one. Any other value is not understood: the history is still kept, and `warning(keptIn:)` says so, so that a user
/// who wrote OFF, "none" or a file name does not believe nothing is written.
public enum HistorySetting: Equatable, Sendable {
    case keep
    case off
    case notUnderstood(String)

    /// The values that turn history off, compared lowercased.
    public static let offValues = ["off", "0", "false", "no"]

    public init(_ value: String?) {
        let trimmed = (value ?? "").trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            self = .keep
        } else if Self.offValues.contains(trimmed.lowercased()) {
            self = .off
        } else {
            self = .notUnderstood(value ?? "")
        }
    }

    /// The one-line warning for a value that is not understood, naming where the history is kept (nil: nowhere), or
    /// nil for a value that is understood. The value is quoted as given: the caller redacts the line.
    public func warning(keptIn path: String?) -> String? {
        guard case .notUnderstood(let value) = self else { return nil }
        let kept = path.map { "history IS being kept in \($0)" } ?? "no history file can be kept here anyway"
        return "HELPDESK_HISTORY='\(value)' is not understood (off, 0, false or no keep no history file); \(kept)"
    }
}
