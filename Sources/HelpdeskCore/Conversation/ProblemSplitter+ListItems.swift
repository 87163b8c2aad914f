/// Numbered lists written on one line: "Two things: 1) forgot password 2) new phone", "1. locked out 2. duplicate
/// account". Each item is a piece of its own, without its number.
extension ProblemSplitter {
    /// The text before a numbered list, if any, and each of its items, trimmed, when `text` numbers items 1, 2, ... in
    /// order ("1)", "(1)", "1."; each number standing after a space or the start, with a space after its mark); nil
    /// when it holds no such list. Numbers out of the run ("2 times", "Form 8821.") are part of the items.
    static func listItems(_ text: String) -> (lead: String?, items: [String])? {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            guard let cuts = listMarkers(bytes) else { return nil }
            var lead: String?
            var items: [String] = []
            var start = 0
            for cut in cuts + [bytes.count..<bytes.count] {
                let item = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cut.lowerBound]), as: UTF8.self)
                    .trimmingWhitespace()
                if start == 0 {
                    if !item.isEmpty { lead = item }
                } else if !item.isEmpty {
                    items.append(item)
                }
                start = cut.upperBound
            }
            return (lead, items)
        }
    }

    /// The byte ranges of the markers of a run numbered 1, 2, ... (at least two), or nil.
    private static func listMarkers(_ text: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        func isDigit(_ i: Int) -> Bool { i < text.count && text[i] >= 48 && text[i] <= 57 }
        func isSpace(_ i: Int) -> Bool { i >= text.count || text[i] == 32 || (text[i] >= 9 && text[i] <= 13) }
        var markers: [Range<Int>] = []
        var next = 1
        var i = 0
        while i < text.count {
            // A number after a space, an opening bracket or the start.
            guard isDigit(i), i == 0 || isSpace(i - 1) || text[i - 1] == 40 else { i += 1; continue }
            var end = i
            var number = 0
            while isDigit(end), end - i < 2 { number = number * 10 + Int(text[end] - 48); end += 1 }
            let opened = i > 0 && text[i - 1] == 40
            let mark = end < text.count ? text[end] : 0
            let closes = mark == 41 || (mark == 46 && !opened)
            if !isDigit(end), closes, end + 1 < text.count, isSpace(end + 1), number == next {
                markers.append((opened ? i - 1 : i)..<(end + 1))
                next += 1
            }
            i = end
        }
        return markers.count >= 2 ? markers : nil
    }
}
