import Foundation

/// Stage 1, normalize: Unicode compatibility forms, letters and their combining accents composed, lowercase, every dash and apostrophe variant made plain, contractions spelled out.
public struct Normalizer: AnalysisStage {
    public let name = "normalize"

    public init() {}

    /// Clitics dropped after an apostrophe ("ID.me's", "I'm", "we'll"): they carry no meaning for matching.
    static let droppedClitics = ["s", "re", "ll", "ve", "m", "d"]

    public func apply(to analysis: inout Analysis) {
        var (bytes, origins) = Self.asciiMap(analysis.original) ?? characterMap(analysis.original)
        expandContractions(&bytes, &origins)
        analysis.normalized = bytes
        analysis.origins = origins
    }

    /// Lowercased bytes of `text`, with the byte offset in `text` each came from, character by character.
    func characterMap(_ text: String) -> (bytes: [UInt8], origins: [Int]) {
        var bytes: [UInt8] = []
        var origins: [Int] = []
        bytes.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        var offset = 0
        for character in text {
            let width = character.utf8.count
            append(character, at: offset, to: &bytes, origins: &origins)
            offset += width
        }
        return (bytes, origins)
    }

    /// `characterMap` for all-ASCII text, byte by byte: every byte is a character of its own except a "\r\n" pair,
    /// whose line feed keeps the carriage return's offset; nil when the text has other bytes.
    static func asciiMap(_ text: String) -> (bytes: [UInt8], origins: [Int])? {
        var text = text
        return text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
            // Copied, then changed in place: `Array(unsafeUninitializedCapacity:)` looked up the array's storage type
            // at run time here, about 500 instructions an array.
            var bytes = Array(utf8)
            bytes.withUnsafeMutableBufferPointer { out in
                for i in 0..<out.count {
                    let byte = out[i]
                    out[i] = byte >= 65 && byte <= 90 ? byte + 32 : byte == 0x60 ? 39 : byte
                }
            }
            // Written in place: `Array(0..<n)` went through a generic copy, about 450 instructions a line.
            var origins = [Int](repeating: 0, count: utf8.count)
            origins.withUnsafeMutableBufferPointer { out in
                for i in 0..<out.count { out[i] = i > 0 && utf8[i] == 10 && utf8[i - 1] == 13 ? i - 1 : i }
            }
            return (bytes, origins)
        }
    }

    private func append(_ character: Character, at offset: Int, to bytes: inout [UInt8], origins: inout [Int]) {
        if character.utf8.count == 1, let byte = character.utf8.first {
            bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte == 0x60 ? 39 : byte)
            origins.append(offset)
            return
        }
        // A letter typed as a base and combining marks ("o" and U+0301) is composed first ("ó"), as most keyboards
        // write it, so that a lexicon word matches however its accents were typed (Vietnamese "khóa").
        let text = character.unicodeScalars.count > 1 ? String(character).precomposedStringWithCanonicalMapping : String(character)
        for scalar in text.unicodeScalars {
            let mapped: String
            if let plain = Self.plainForm(of: scalar.value) {
                mapped = plain
            } else {
                // Emoji and other symbols separate words, like punctuation ("🔒📱 lost phone" is "lost phone").
                let form = String(scalar).precomposedStringWithCompatibilityMapping.lowercased()
                mapped = form.unicodeScalars.allSatisfy(Self.isWordOrASCII) ? form : " "
            }
            for byte in mapped.utf8 {
                bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
                origins.append(offset)
            }
        }
    }

    /// What a dash, apostrophe, quote, space or invisible character becomes before (and instead of) the
    /// compatibility mapping: `-`, `'`, `"`, a space, or nothing; nil for any other scalar.
    /// `FoldedText` reads the same characters the same way, so the redactor sees what the matcher sees.
    static func plainForm(of value: UInt32) -> String? {
        switch value {
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: "-"
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x2032, 0x00B4, 0x0060, 0xFF07: "'"
        case 0x201C, 0x201D, 0x201E, 0x2033: "\""
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: " "
        // Invisible: zero-width space and joiners, word joiner, byte-order mark, variation selectors, and the soft
        // hyphen, a line-break hint that shows no dash within a line ("123<soft hyphen>-45-6789" is one number).
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0xFE00...0xFE0F, 0x00AD: ""
        default: nil
        }
    }

    /// Letters, digits and combining marks of any script, and any ASCII character (the tokenizer sorts those out).
    private static func isWordOrASCII(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return true }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return properties.isAlphabetic || properties.numericType != nil
        }
    }

    /// `can't` becomes `can not`, `won't` `will not`, `n't` ` not`; other clitics (`'s`, `'re`, `'ll`, `'ve`, `'m`, `'d`) are dropped.
    private func expandContractions(_ bytes: inout [UInt8], _ origins: inout [Int]) {
        guard bytes.contains(39) else { return }
        var out: [UInt8] = []
        var outOrigins: [Int] = []
        out.reserveCapacity(bytes.count + 8)
        var i = 0
        func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || b >= 128 }
        while i < bytes.count {
            let b = bytes[i]
            guard b == 39, i > 0, isLetter(bytes[i - 1]), i + 1 < bytes.count, isLetter(bytes[i + 1]) else {
                out.append(b)
                outOrigins.append(origins[i])
                i += 1
                continue
            }
            var end = i + 1
            while end < bytes.count, isLetter(bytes[end]) { end += 1 }
            let clitic = bytes[(i + 1)..<end]
            if clitic.elementsEqual("t".utf8), out.last == 110 {  // n't
                let start = out.count - 1
                let wordStart = out[..<start].lastIndex { !isLetter($0) }.map { $0 + 1 } ?? 0
                let stem = out[wordStart..<start]
                let replacement: [UInt8]
                if stem.elementsEqual("ca".utf8) { replacement = Array("can".utf8) }
                else if stem.elementsEqual("wo".utf8) { replacement = Array("will".utf8) }
                else if stem.elementsEqual("sha".utf8) { replacement = Array("shall".utf8) }
                else { replacement = Array(stem) }
                // The word keeps the origins of its own letters; "not" points at the "n't".
                let stemOrigins = Array(outOrigins[wordStart..<start])
                let notOrigin = outOrigins[start]
                out.removeSubrange(wordStart...)
                outOrigins.removeSubrange(wordStart...)
                out += replacement + Array(" not".utf8)
                outOrigins += replacement.indices.map { $0 < stemOrigins.count ? stemOrigins[$0] : notOrigin }
                outOrigins += [Int](repeating: notOrigin, count: 4)
            } else if !Self.droppedClitics.contains(where: { clitic.elementsEqual($0.utf8) }) {
                out.append(b)  // not a clitic: "o'brien" keeps its letters
                outOrigins.append(origins[i])
                i += 1
                continue
            }
            i = end
        }
        bytes = out
        origins = outOrigins
    }
}
