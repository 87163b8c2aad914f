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
                    var rest = units
                    for i in stride(from: digits + 1, through: 2, by: -1) {
                        text[i] = UInt8(ascii: "0") + UInt8(rest % 10)
                        rest /= 10
                    }
                    text[0] = UInt8(ascii: "0") + UInt8(rest)
                    text[1] = UInt8(ascii: ".")
                    return digits + 2
                }
            }
            let whole = units / Int(scale), fraction = String(units % Int(scale))
            return String(whole) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return shortest(value, digits: digits, scale: scale)
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
