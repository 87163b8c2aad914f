import Foundation

/// Redacts a JSON object or array pass-through value leaf by leaf: every string (keys too) is unescaped, redacted
/// and escaped again, every number the `Redactor` changes (`123456789`) becomes a string of its redacted text; the
/// rest (structure, spacing, member order, untouched leaves) is kept byte for byte. Redacting the raw text instead
/// would miss data hidden behind escapes (`123\u00a045\u00a06789`, `\uff11…`).
///
/// A member's key labels its value, as a field's name labels a top-level value (`Redactor.redact(_:labelledBy:)`):
/// `{"ein":"12 3456789"}` is redacted at any depth. An array's items are labelled by the array's key
/// (`{"ssn":["123 456 789"]}`), or by `label` for an array at the top; an object's members by their own keys, and its
/// keys with a digit or `@` by the object's key or `label` (`{"ssns":{"123 456 789":"Jane"}}`, a map keyed by SSN). The
/// value before a leaf in its object or array labels it too (`{"type":"ssn","value":"123 456 789"}`; `Labels`). A
/// string with a letter under a key that holds a person's name (`Redactor.holdsName(field:)`) becomes `[NAME]` whole,
/// at any depth (`{"ticket":{"caller":"Maria Gomez"}}`), as a top-level field's value does; so does each such string
/// in an array under such a key (`{"names":["Ann Lee","Bo Diaz"]}`, and a top-level field `names` holding an array).
enum JSONLeafRedactor {
    /// `raw` with its leaves redacted, or nil when it is not one well-formed JSON value. A value Foundation cannot
    /// read (a lone surrogate escape, `1e400`) but that holds escapes becomes the string "[UNREADABLE]": its escaped
    /// text cannot be checked, so it is not written.
    static func redact(_ raw: String, labelledBy label: String? = nil, by redactor: Redactor) -> String? {
        let bytes = Array(raw.utf8)
        guard (try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)) != nil else {
            return bytes.contains(UInt8(ascii: "\\")) ? "\"[UNREADABLE]\"" : nil
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var labels = Labels(top: label)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                guard let end = stringEnd(bytes, from: index) else { return nil }
                let token = Array(bytes[index..<end])
                guard let text = try? JSONSerialization.jsonObject(with: Data(token), options: .fragmentsAllowed) as? String else {
                    return nil
                }
                let redacted: String
                if labels.atKey {
                    // A key of letters alone is a field's name, which the object's key does not label: under "login",
                    // "provider" is no user name. A key with a digit or "@" may be data (a map keyed by SSN).
                    let mayBeData = text.contains { $0.isNumber || $0 == "@" }
                    redacted = mayBeData ? redactor.redact(text, labelledBy: labels.keyLabel) : redactor.redact(text)
                    labels.key(text)
                } else if let key = labels.memberKey, redactor.holdsName(field: key), text.contains(where: \.isLetter) {
                    redacted = Redaction.Kind.name.placeholder
                    labels.value(redacted)
                } else {
                    redacted = redactor.redact(text, labelledBy: labels.current)
                    labels.value(redacted)
                }
                if redacted == text { output.append(contentsOf: token) } else { output.appendJSONString(redacted) }
                index = end
            } else if byte == UInt8(ascii: "-") || isDigit(byte) {
                var end = index + 1
                while end < bytes.count, isNumberByte(bytes[end]) { end += 1 }
                let number = String(decoding: bytes[index..<end], as: UTF8.self)
                let redacted = redactor.redact(number, labelledBy: labels.current)
                labels.value(redacted)
                if redacted == number { output.append(contentsOf: number.utf8) } else { output.appendJSONString(redacted) }
                index = end
            } else {
                labels.read(byte)
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The index just past the closing quote of the string opening at `start`; nil when it is not closed.
    private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }
}
