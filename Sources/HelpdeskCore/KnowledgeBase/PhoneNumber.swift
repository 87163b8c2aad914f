/// The phone-number form a knowledge base accepts: a North American number such as 866-255-0654.
public enum PhoneNumber {
    /// True for `866-255-0654`, `(866) 255-0654`, `1-866-255-0654`, `+1 866 255 0654` and `866.255.0654`.
    public static func isWellFormed(_ text: String) -> Bool {
        text.wholeMatch(of: /(\+?1[ .\-])?(\(\d{3}\) ?|\d{3}[ .\-])\d{3}[ .\-]\d{4}/) != nil
    }
}
