extension Redactor {
    /// A CSV column's or JSON key's name as the words of a label: split at `_`, `-` and where a lowercase letter meets a
    /// capital, so `mfa_code`, `mfaCode`, `user-name` and `idme_username` read as `mfa code`, `mfa Code`, `user name`
    /// and `idme username`, the way "MFA Code" is read. A name with none of those is returned as it is.
    static func labelWords(_ name: String) -> String {
        var words: [UInt8] = []
        var previous: UInt8 = 0
        var changed = false
        for byte in name.utf8 {
            if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") {
                words.append(UInt8(ascii: " "))
                changed = true
            } else {
                if byte &- 0x41 < 26, previous &- 0x61 < 26 {
                    words.append(UInt8(ascii: " "))
                    changed = true
                }
                words.append(byte)
            }
            previous = byte
        }
        return changed ? String(decoding: words, as: UTF8.self) : name
    }

    /// Whether a CSV column or JSON key named `name` holds a person's name: its words (`labelWords(_:)`, case aside)
    /// are one of `nameFields` (`caller`, `customer_name`, `CallerName`).
    public func holdsName(field name: String) -> Bool {
        !nameFields.isEmpty && nameFields.contains(Self.labelWords(name).lowercased())
    }
}
