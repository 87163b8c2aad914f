/// How to run `helpdesk kb check` on a knowledge-base folder, for a message that names the folder.
///
/// Such messages are redacted before they are shown, so a folder named after a client ("Brown 345-67-8901") is shown
/// as "Brown [SSN]", and a command quoting it would check a folder that does not exist. The command therefore names
/// the folder only when its name is shown as typed (nothing redacted, no control character made harmless);
/// otherwise it says `--kb <dir>` and which folder that is.
public struct KnowledgeBaseCheckHint: Sendable {
    /// The folder, as given (`--kb`, `HELPDESK_KB`, or the shipped one).
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Whether the folder's name is shown as typed: redacting the command that names it changes nothing.
    public var namesFolder: Bool {
        let command = Self.command + path
        return Redactor().redact(command).terminalSafe == command
    }

    /// "run 'helpdesk kb check --kb /srv/kb'", or, when the folder's name is not shown as typed,
    /// "run 'helpdesk kb check --kb <dir>' with <dir> that folder (its name is shown redacted)".
    public var text: String {
        namesFolder ? "run '\(Self.command)\(path)'" : "run '\(Self.command)<dir>' with <dir> that folder (its name is shown redacted)"
    }

    static let command = "helpdesk kb check --kb "
}
