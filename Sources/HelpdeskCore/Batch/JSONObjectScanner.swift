/// Checks that a line is exactly one JSON object (RFC 8259) and returns its top-level members in order:
/// strings unescaped, other values as written. Hand-written for speed; nesting deeper than 256 is refused.
public struct JSONObjectScanner {
    public enum Value: Sendable, Equatable {
        case string(String)
        /// A number, object, array, `true`, `false` or `null`, as written.
        case other(String)
    }

    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: Value
    }

    static let maximumDepth = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The members of the object on `line`, or why the line is not one JSON object (`LineError.notJSON`).
    public static func members(of line: String) -> Result<[Member], LineError> {
        var text = line
        return text.withUTF8 { buffer in
            var scanner = JSONObjectScanner(buffer)
            do throws(ScanError) {
                return .success(try scanner.object())
            } catch {
                return .failure(.notJSON(error.description))
            }
        }
    }

    private struct ScanError: Error, CustomStringConvertible {
        var message: String
        var column: Int
        var description: String { "\(message) at column \(column)" }
    }

    private mutating func object() throws(ScanError) -> [Member] {
        skipSpace()
        guard peek == UInt8(ascii: "{") else {
            throw fail(index == bytes.count ? "empty line" : "expected '{'")
        }
        index += 1
        var members: [Member] = []
        skipSpace()
        if peek == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\"") else { throw fail("expected a string key") }
                let key = try string()
                skipSpace()
                try expect(UInt8(ascii: ":"))
                skipSpace()
                let value: Value
                if peek == UInt8(ascii: "\"") {
                    value = .string(try string())
                } else {
                    let start = index
                    try skipValue(depth: 1)
                    value = .other(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                }
                members.append(Member(key: key, value: value))
                skipSpace()
                if peek == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "}"))
                break
            }
        }
        skipSpace()
        guard index == bytes.count else { throw fail("text after the object") }
        return members
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func fail(_ message: String) -> ScanError {
        ScanError(message: index >= bytes.count && message.hasPrefix("expected") ? "\(message), found the end of the line" : message,
                  column: index + 1)
    }

    private mutating func expect(_ byte: UInt8) throws(ScanError) {
        guard peek == byte else { throw fail("expected '\(Character(Unicode.Scalar(byte)))'") }
        index += 1
    }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    /// A string starting at the opening quote, unescaped.
    private mutating func string() throws(ScanError) -> String {
        index += 1
        let start = index
        var unescaped: [UInt8]? = nil
        while true {
            guard let byte = peek else { throw fail("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                if let unescaped { return String(decoding: unescaped, as: UTF8.self) }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
            case UInt8(ascii: "\\"):
                if unescaped == nil { unescaped = Array(bytes[start..<index]) }
                index += 1
                try escape(into: &unescaped!)
            case 0..<0x20:
                throw fail("control character in a string")
            default:
                unescaped?.append(byte)
                index += 1
            }
        }
    }

    private mutating func escape(into output: inout [UInt8]) throws(ScanError) {
        guard let byte = peek else { throw fail("unterminated string") }
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar), peek == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") {
                index += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw fail("invalid surrogate pair") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            output.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
        default:
            index -= 1
            throw fail("invalid escape")
        }
    }

    private mutating func hex4() throws(ScanError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw fail("invalid \\u escape") }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func skipValue(depth: Int) throws(ScanError) {
        guard depth <= Self.maximumDepth else { throw fail("nested deeper than \(Self.maximumDepth)") }
        guard let byte = peek else { throw fail("expected a value") }
        switch byte {
        case UInt8(ascii: "\""):
            _ = try string()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            skipSpace()
            if peek == close { index += 1; return }
            while true {
                skipSpace()
                if close == UInt8(ascii: "}") {
                    guard peek == UInt8(ascii: "\"") else { throw fail("expected a string key") }
                    _ = try string()
                    skipSpace()
                    try expect(UInt8(ascii: ":"))
                    skipSpace()
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                if peek == UInt8(ascii: ",") { index += 1; continue }
                try expect(close)
                return
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw fail("unexpected character")
        }
    }

    private mutating func literal(_ word: StaticString) throws(ScanError) {
        let start = index
        for expected in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard peek == expected else { index = start; throw fail("unexpected character") }
            index += 1
        }
    }

    private mutating func number() throws(ScanError) {
        if peek == UInt8(ascii: "-") { index += 1 }
        guard let first = peek, isDigit(first) else { throw fail("invalid number") }
        index += 1
        if first != UInt8(ascii: "0") { while let byte = peek, isDigit(byte) { index += 1 } }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard let byte = peek, isDigit(byte) else { throw fail("invalid number") }
            while let byte = peek, isDigit(byte) { index += 1 }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard let byte = peek, isDigit(byte) else { throw fail("invalid number") }
            while let byte = peek, isDigit(byte) { index += 1 }
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}
