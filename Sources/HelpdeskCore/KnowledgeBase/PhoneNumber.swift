/// The phone-number form a knowledge base accepts: a North American number such as 866-255-0654.
public enum PhoneNumber {
    /// True for `866-255-0654`, `(866) 255-0654`, `1-866-255-0654`, `+1 866 255 0654` and `866.255.0654`: an optional
    /// `1` (or `+1`) and separator, the area code in parentheses (a space may follow) or followed by a separator, then
    /// 3 and 4 digits joined by a separator; separators are a space, a dot or a hyphen; digits are ASCII.
    public static func isWellFormed(_ text: String) -> Bool {
        var rest = Substring(text).utf8[...]
        func digits(_ count: Int) -> Bool {
            guard rest.count >= count, rest.prefix(count).allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
            rest = rest.dropFirst(count)
            return true
        }
        func separator() -> Bool {
            guard let first = rest.first, first == 32 || first == 46 || first == 45 else { return false }
            rest = rest.dropFirst()
            return true
        }
        func take(_ byte: UInt8) -> Bool {
            guard rest.first == byte else { return false }
            rest = rest.dropFirst()
            return true
        }
        // The optional country code: "1" or "+1", then a separator.
        let start = rest
        if !(take(43) ? take(49) && separator() : take(49) && separator()) { rest = start }
        if take(40) {
            guard digits(3), take(41) else { return false }
            _ = take(32)
        } else {
            guard digits(3), separator() else { return false }
        }
        return digits(3) && separator() && digits(4) && rest.isEmpty
    }
}
