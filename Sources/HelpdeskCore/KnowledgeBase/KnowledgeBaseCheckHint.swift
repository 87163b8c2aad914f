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

    /// "run 'helpdesk kb check --kb /srv/kb'" (a name with a space or another character the shell reads is put in
    /// double quotes: `--kb "/srv/tax kb"`), or, when the folder's name is not shown as typed, or would need more
    /// than double quotes (`$`, a backquote, `"`, `\`, `!`), "run 'helpdesk kb check --kb <dir>' with <dir> that
    /// folder (its name is shown redacted)".
    public var text: String {
        guard namesFolder, let argument = Self.shellArgument(path) else {
            return "run '\(Self.command)<dir>' with <dir> that folder (its name is shown redacted)"
        }
        return "run '\(Self.command)\(argument)'"
    }

    static let command = "helpdesk kb check --kb "

    /// `path` as one shell word: as it is when the shell reads it so, in double quotes when that is enough, else nil.
    static func shellArgument(_ path: String) -> String? {
        let plain = path.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || "/._-+:,=@%".unicodeScalars.contains($0)
        }
        if plain, !path.isEmpty, !path.hasPrefix("~") { return path }
        guard !path.contains(where: { "$`\"\\!".contains($0) }) else { return nil }
        return "\"\(path)\""
    }
}
