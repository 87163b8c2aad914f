/// A text encoding other than UTF-8 that batch input can be recognised in by its first bytes: a UTF-16 or UTF-32
/// byte-order mark, or the NUL bytes that UTF-16 and UTF-32 put beside every ASCII character. Read as UTF-8, such a
/// file is a NUL byte on every line, so it is refused once, with the command that converts it.
public enum ForeignTextEncoding: Sendable, Equatable, CustomStringConvertible {
    case utf16(bigEndian: Bool, byteOrderMark: Bool)
    case utf32(bigEndian: Bool, byteOrderMark: Bool)

    /// The encoding the first bytes of an input show (`head`: its first 4 bytes, fewer only when the input is
    /// shorter), or nil when they can be UTF-8.
    public static func detect(_ head: some Collection<UInt8>) -> ForeignTextEncoding? {
        let b = Array(head.prefix(4))
        switch b.count {
        case 4:
            if b == [0, 0, 0xFE, 0xFF] { return .utf32(bigEndian: true, byteOrderMark: true) }
            if b == [0xFF, 0xFE, 0, 0] { return .utf32(bigEndian: false, byteOrderMark: true) }
            if b[0] != 0, b[1] == 0, b[2] == 0, b[3] == 0 { return .utf32(bigEndian: false, byteOrderMark: false) }
            if b[0] == 0, b[1] == 0, b[2] == 0, b[3] != 0 { return .utf32(bigEndian: true, byteOrderMark: false) }
        case 2, 3: break
        default: return nil
        }
        if b[0] == 0xFE, b[1] == 0xFF { return .utf16(bigEndian: true, byteOrderMark: true) }
        if b[0] == 0xFF, b[1] == 0xFE { return .utf16(bigEndian: false, byteOrderMark: true) }
        // One ASCII character, or two when there are four bytes, each with its NUL.
        let pairs = b.count / 2
        if (0..<pairs).allSatisfy({ b[2 * $0] != 0 && b[2 * $0 + 1] == 0 }) { return .utf16(bigEndian: false, byteOrderMark: false) }
        if (0..<pairs).allSatisfy({ b[2 * $0] == 0 && b[2 * $0 + 1] != 0 }) { return .utf16(bigEndian: true, byteOrderMark: false) }
        return nil
    }

    /// "UTF-16 text (little-endian, with a byte-order mark)".
    public var description: String {
        switch self {
        case let .utf16(bigEndian, mark): return "UTF-16 text (\(Self.details(bigEndian, mark)))"
        case let .utf32(bigEndian, mark): return "UTF-32 text (\(Self.details(bigEndian, mark)))"
        }
    }

    /// The name `iconv -f` takes: with a byte-order mark the plain name, which reads the mark and drops it;
    /// without one the name that says the byte order (plain UTF-16 without a mark is read big-endian).
    public var iconvName: String {
        switch self {
        case let .utf16(bigEndian, mark): return mark ? "UTF-16" : bigEndian ? "UTF-16BE" : "UTF-16LE"
        case let .utf32(bigEndian, mark): return mark ? "UTF-32" : bigEndian ? "UTF-32BE" : "UTF-32LE"
        }
    }

    /// The command that converts the file at `path` to UTF-8, beside it and with its extension kept, so batch reads it
    /// in the same format: `iconv -f UTF-16 -t UTF-8 q.csv > q-utf8.csv`.
    public func conversionCommand(for path: String) -> String {
        "iconv -f \(iconvName) -t UTF-8 \(ShellWord.quoted(path)) > \(ShellWord.quoted(Self.convertedPath(path)))"
    }

    /// The command that converts the file at `path` to UTF-8 in its place, through `PATH.utf8` beside it: a
    /// knowledge-base file converted beside itself (`kb/smalltalk-utf8.yaml`) would define its entries twice.
    public func inPlaceConversionCommand(for path: String) -> String {
        let quoted = ShellWord.quoted(path), converted = ShellWord.quoted(path + ".utf8")
        return "iconv -f \(iconvName) -t UTF-8 \(quoted) > \(converted) && mv \(converted) \(quoted)"
    }

    /// `q.csv` → `q-utf8.csv`, `dir/q` → `dir/q-utf8`; a dot in a folder's name or at a name's start is no extension.
    static func convertedPath(_ path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path + "-utf8" }
        let folder = path.dropLast(name.count)
        return folder + name[..<dot] + "-utf8" + name[dot...]
    }

    private static func details(_ bigEndian: Bool, _ mark: Bool) -> String {
        (bigEndian ? "big-endian" : "little-endian") + (mark ? ", with a byte-order mark" : ", no byte-order mark")
    }
}
