/// A quick look at a line's first word, before `signOffs.contains(_:)` builds the line's key: most lines are no sign-off.
extension ReplyTrimmer {
    /// False when `line`, read as ASCII, opens with a word of letters and digits that starts none of `signOffs`:
    /// "what is my balance" is no sign-off, and needs no key. True otherwise (and for a line with other bytes at its
    /// start), when `signOffs.contains(_:)` decides.
    func mayBeSignOff(_ line: String) -> Bool {
        guard !signOffs.phrases.isEmpty else { return false }
        var copy = line
        return copy.withUTF8 { bytes in
            func isLetterOrDigit(_ byte: UInt8) -> Bool { (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122) }
            func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
            var start = 0
            while start < bytes.count, bytes[start] < 0x80, !isLetterOrDigit(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, bytes[end] < 0x80, isLetterOrDigit(bytes[end]) { end += 1 }
            if end < bytes.count, bytes[end] >= 0x80 { return true }
            return signOffFirstWords.contains { word in
                word.count == end - start && word.indices.allSatisfy { word[$0] == lowered(bytes[start + $0]) }
            }
        }
    }
}
