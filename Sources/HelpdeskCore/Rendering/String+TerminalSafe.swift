extension String {
    /// User text made safe to print for a person: every control character but the line feed and the tab (an escape
    /// that would recolour, retitle or clear the terminal, a bell, a backspace, a C1 code) becomes U+FFFD, the mark
    /// invalid UTF-8 gets; CRLF and a lone CR become LF, so a line cannot be overwritten from its start.
    public var terminalSafe: String {
        guard unicodeScalars.contains(where: Self.isUnsafe) else { return self }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n", previousWasCR { continue }
            if scalar == "\r" {
                result.append("\n")
            } else {
                result.append(Self.isUnsafe(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(result)
    }

    /// `terminalSafe` on one line: line breaks and tabs become spaces.
    public var terminalSafeLine: String {
        String(terminalSafe.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// Runs of spaces as one, without spaces at either end (text with personal data blanked out for matching).
    var collapsingSpaces: String {
        split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00..<0x20, 0x7F..<0xA0: return true
        default: return false
        }
    }
}
