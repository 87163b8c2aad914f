/// Text as `RedactorScanner` reads it when it holds compatibility forms of ASCII: full-width forms (U+FF01–FF5E:
/// `１２３`, `＠`, `－`, `ＳＳＮ`), the ideographic space (U+3000) and mathematical digits (U+1D7CE–1D7FF) each
/// become the one ASCII byte they stand for, as the normalizer's compatibility mapping makes them; every other
/// byte is copied. Each byte remembers where its character starts in the original, so findings map back to it.
struct FoldedText {
    /// The folded bytes.
    let bytes: [UInt8]
    /// For each folded byte, its character's offset in the original; one more element holds the original's length.
    let origins: [Int]

    /// nil when `original` holds nothing to fold: the common case, ASCII or Latin text, costs one pass of one
    /// comparison (every folded character starts with a byte of 0xE3 or more).
    init?(_ original: UnsafeBufferPointer<UInt8>) {
        guard original.contains(where: { $0 >= 0xE3 }) else { return nil }
        var index = original.firstIndex { $0 == 0xEF || $0 == 0xE3 || $0 == 0xF0 } ?? original.count
        while index < original.count, Self.fold(original, at: index) == nil {
            index = original[(index + 1)...].firstIndex { $0 == 0xEF || $0 == 0xE3 || $0 == 0xF0 } ?? original.count
        }
        guard index < original.count else { return nil }
        var bytes = Array(original[..<index])
        var origins = Array(0..<index)
        bytes.reserveCapacity(original.count)
        origins.reserveCapacity(original.count + 1)
        while index < original.count {
            if let (ascii, width) = Self.fold(original, at: index) {
                bytes.append(ascii)
                origins.append(index)
                index += width
            } else {
                bytes.append(original[index])
                origins.append(index)
                index += 1
            }
        }
        origins.append(original.count)
        self.bytes = bytes
        self.origins = origins
    }

    /// `hit` in the original's offsets.
    func original(_ hit: RedactorScanner.Hit) -> RedactorScanner.Hit {
        RedactorScanner.Hit(kind: hit.kind, start: origins[hit.start], end: origins[hit.end])
    }

    /// The ASCII byte the character at `index` stands for and its UTF-8 width; nil when it is not folded.
    private static func fold(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt8, Int)? {
        func at(_ offset: Int) -> UInt8 { index + offset < text.count ? text[index + offset] : 0 }
        switch (text[index], at(1), at(2)) {
        case (0xEF, 0xBC, 0x81...0xBF), (0xEF, 0xBD, 0x80...0x9E):  // U+FF01–FF5E: U+FF00 + n is ASCII 0x20 + n
            return (((at(1) & 0x01) << 6 | (at(2) & 0x3F)) + 0x20, 3)
        case (0xE3, 0x80, 0x80):  // U+3000 ideographic space
            return (0x20, 3)
        case (0xF0, 0x9D, 0x9F) where (0x8E...0xBF).contains(at(3)):  // U+1D7CE–1D7FF: five styles of 0–9
            return (0x30 + (at(3) - 0x8E) % 10, 4)
        default:
            return nil
        }
    }
}
