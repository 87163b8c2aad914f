/// Small number formats shared by renderers and explanations.
public enum Format {
    /// A number with a fixed count of decimals, e.g. 0.873.
    public static func fixed(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        // Most values (confidences) are small and not negative: whole-number arithmetic gives the same text sooner.
        if value >= 0, value * scale < 1e15, digits > 0, digits <= 9 {
            let units = Int((value * scale).rounded())
            if units < 10 * Int(scale) {  // one digit before the point, as every confidence has: written digit by digit
                return String(unsafeUninitializedCapacity: digits + 2) { text in
                    var count = 0
                    writeOneDigit(units, scale: Int(scale)) { byte in
                        text[count] = byte
                        count += 1
                    }
                    return count
                }
            }
            let whole = units / Int(scale), fraction = String(units % Int(scale))
            return String(whole) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return shortest(value, digits: digits, scale: scale)
    }

    /// `fixed(value, digits:)`'s bytes appended to `bytes`; a confidence's (one digit before the point) without a
    /// String in between, which cost a batch line about 1,000 instructions for its four confidences.
    static func appendFixed(_ value: Double, digits: Int, to bytes: inout [UInt8]) {
        if value >= 0, value < 10, digits > 0, digits <= 9 {
            var scale = 1
            for _ in 0..<digits { scale *= 10 }
            let units = Int((value * Double(scale)).rounded())
            if units < 10 * scale {
                writeOneDigit(units, scale: scale) { bytes.append($0) }
                return
            }
        }
        bytes.append(contentsOf: fixed(value, digits: digits).utf8)
    }

    /// `String(n)`'s bytes appended to `bytes` (a batch record's line number), without the String.
    static func appendInteger(_ n: Int, to bytes: inout [UInt8]) {
        guard n >= 0 else {
            bytes.append(contentsOf: String(n).utf8)
            return
        }
        var place = 1
        while place <= n / 10 { place *= 10 }
        while place > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(n / place % 10))
            place /= 10
        }
    }

    /// Writes `units` (below `10 * scale`, `scale` a power of ten above 1) divided by `scale` as one digit, a point and
    /// as many digits as `scale` has zeros: 8735 at 1000 is "8.735".
    @inline(__always)
    private static func writeOneDigit(_ units: Int, scale: Int, _ write: (UInt8) -> Void) {
        write(UInt8(ascii: "0") + UInt8(units / scale))
        write(UInt8(ascii: "."))
        var place = scale / 10
        while place > 0 {
            write(UInt8(ascii: "0") + UInt8(units / place % 10))
            place /= 10
        }
    }

    /// A count and its noun, the noun singular for 1 only: "1 entry", "2 entries", "0 warnings". `plural` defaults to
    /// the noun with an s.
    public static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }

    /// `fixed(_:digits:)` through the shortest decimal form of the rounded value, for any finite value.
    static func shortest(_ value: Double, digits: Int, scale: Double) -> String {
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        } else {
            text += "." + String(repeating: "0", count: digits)
        }
        return text
    }
}
