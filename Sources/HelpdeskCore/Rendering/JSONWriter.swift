/// Writes JSON text by hand, in a fixed key order, without Foundation's encoder (batch output is a hot path).
public struct JSONWriter: Sendable {
    public private(set) var text = ""
    private var needsComma: [Bool] = []

    public init() {}

    public mutating func beginObject() { separator(); text += "{"; needsComma.append(false) }
    public mutating func endObject() { text += "}"; needsComma.removeLast() }
    public mutating func beginArray() { separator(); text += "["; needsComma.append(false) }
    public mutating func endArray() { text += "]"; needsComma.removeLast() }

    public mutating func key(_ name: String) {
        separator()
        Self.appendString(name, to: &text)
        text += ":"
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
    }

    public mutating func string(_ value: String?) {
        separator()
        if let value { Self.appendString(value, to: &text) } else { text += "null" }
    }

    public mutating func number(_ value: Int) { separator(); text += String(value) }
    public mutating func number(_ value: Double, digits: Int = 4) { separator(); text += Format.fixed(value, digits: digits) }
    public mutating func null() { separator(); text += "null" }
    public mutating func raw(_ json: String) { separator(); text += json }

    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    private mutating func separator() {
        guard let last = needsComma.last else { return }
        if last { text += "," }
        needsComma[needsComma.count - 1] = true
    }

    static func appendString(_ value: String, to text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
