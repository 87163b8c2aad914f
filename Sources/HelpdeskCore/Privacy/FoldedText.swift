/// Text as `RedactorScanner` reads it when it holds characters the matcher's `Normalizer` reads as ASCII: every
/// non-ASCII character whose compatibility form (NFKC) is one ASCII character (full-width `１２３`, `＠`, `ＳＳＮ`,
/// superscript `¹²³`, subscript `₁₂₃`, circled `①②③`, small `﹣`, mathematical `𝟏`, letterlike `ℙ`...), and the
/// dashes, apostrophes, quotes and spaces the normalizer makes plain (`Normalizer.plainForm(of:)`: en dash, minus,
/// no-break and ideographic spaces...), becomes that one ASCII byte; every other byte is copied. Each byte
/// remembers where its character starts in the original, so findings map back to it.
struct FoldedText {
    /// The folded bytes.
    let bytes: [UInt8]
    /// For each folded byte, its character's offset in the original; one more element holds the original's length.
    let origins: [Int]

    /// nil when `original` holds nothing to fold: ASCII text costs one comparison per byte, and other text one
    /// table look-up per character whose first byte can start a folded one (Latin letters, CJK and emoji cannot).
    init?(_ original: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < original.count, Self.fold(original, at: index) == nil { index += 1 }
        guard index < original.count else { return nil }
        var bytes = Array(original[..<index])
        var origins = Array(0..<index)
        bytes.reserveCapacity(original.count)
        origins.reserveCapacity(original.count + 1)
        while index < original.count {
            if let (ascii, width) = Self.fold(original, at: index) {
                if ascii != Self.dropped {
                    bytes.append(ascii)
                    origins.append(index)
                }
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

    /// `text` with every folded character replaced by the ASCII it stands for; nil when nothing folds.
    static func folding(_ text: String) -> String? {
        Redactor.withBytes(text) { bytes in Self(bytes).map { String(decoding: $0.bytes, as: UTF8.self) } }
    }

    /// What `fold` gives for a character the normalizer makes nothing (`Normalizer.plainForm(of:)`: soft hyphen,
    /// zero-width space and joiners, word joiner, byte-order mark, variation selectors): it is left out, so
    /// "123<zero-width space>-45-6789" reads as an SSN.
    static let dropped: UInt8 = 0

    /// `hit` in the original's offsets.
    func original(_ hit: RedactorScanner.Hit) -> RedactorScanner.Hit {
        RedactorScanner.Hit(kind: hit.kind, start: origins[hit.start], end: origins[hit.end])
    }

    /// The ASCII byte the character starting at `index` stands for and its UTF-8 width; nil when it is not folded
    /// (ASCII, a continuation byte, or a character outside `table`).
    private static func fold(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt8, Int)? {
        let lead = text[index]
        guard lead >= 0xC2, foldingLeads[Int(lead)] else { return nil }
        let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + width <= text.count else { return nil }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for offset in 1..<width {
            let next = text[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        if Normalizer.plainForm(of: value)?.isEmpty == true { return (dropped, width) }
        return ascii(for: value).map { ($0, width) }
    }

    /// The ASCII byte `value` folds to, by binary search over `table`; nil when it does not fold.
    static func ascii(for value: UInt32) -> UInt8? {
        var low = 0
        var high = table.count
        while low < high {
            let middle = (low + high) / 2
            let run = table[middle]
            if value < run.first {
                high = middle
            } else if value > run.last {
                low = middle + 1
            } else {
                return run.ascii + UInt8(value - run.first)
            }
        }
        return nil
    }

    /// For each byte, whether it leads the UTF-8 form of some character in `table`.
    private static let foldingLeads: [Bool] = {
        func lead(_ value: UInt32) -> Int {
            value < 0x800 ? 0xC0 | Int(value >> 6) : value < 0x10000 ? 0xE0 | Int(value >> 12) : 0xF0 | Int(value >> 18)
        }
        var leads = [Bool](repeating: false, count: 256)
        for run in table { for byte in lead(run.first)...lead(run.last) { leads[byte] = true } }
        // The characters the normalizer makes nothing all lie below U+10000.
        for value in UInt32(0x80)...0xFFFF where Normalizer.plainForm(of: value)?.isEmpty == true { leads[lead(value)] = true }
        return leads
    }()
}
