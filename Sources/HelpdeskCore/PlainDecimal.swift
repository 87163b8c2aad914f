/// A number typed on the command line for a threshold, a margin or an accuracy: decimal digits with at most one point
/// and an optional sign ("0.6", ".6", "1", "-1"), nothing else. `Double` also reads "0x1" (1), "inf", "nan" and "1e0":
/// `--threshold 0x1` was taken as 1.
public enum PlainDecimal {
    /// The value of `text`, or nil when it is no plain decimal number.
    public static func value(_ text: String) -> Double? {
        var digits = 0, points = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "-") where index == 0, UInt8(ascii: "+") where index == 0: continue
            default: return nil
            }
        }
        guard digits > 0, points <= 1 else { return nil }
        return Double(text)
    }
}
