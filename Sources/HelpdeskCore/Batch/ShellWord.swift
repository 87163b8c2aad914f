/// A file name as a POSIX shell and a command read it back unchanged, for a command an error suggests running.
public enum ShellWord {
    /// `path` as it is when every character is one a shell leaves alone, else in single quotes (a single quote
    /// inside written `'\''`); a name starting with `-` gets `./` first, so the command does not take it for an option.
    public static func quoted(_ path: String) -> String {
        let path = path.hasPrefix("-") ? "./" + path : path
        let plain = !path.isEmpty && path.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "/._-+:,@%=".unicodeScalars.contains(scalar))
        }
        return plain ? path : "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
