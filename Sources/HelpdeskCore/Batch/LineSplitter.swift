/// Splits raw bytes into lines (LF, CRLF, or a lone CR as old Mac files end them), checking each: valid UTF-8, no
/// NUL, not over the length limit.
public struct LineSplitter: Sendable {
    /// Longest line answered; longer ones become error records.
    public static let maximumLineBytes = 64 * 1024

    private var pending: [UInt8] = []
    private var pendingTooLong = 0
    private var nextNumber = 1
    /// The last byte fed was a CR, which ended a line: an LF right after it belongs to the same break.
    private var afterCR = false

    public init() {}

    /// Feeds a chunk; returns the complete lines it finished.
    public mutating func feed(_ chunk: some Sequence<UInt8>) -> [InputLine] {
        var lines: [InputLine] = []
        for byte in chunk {
            if byte == 10 || byte == 13 {
                let secondHalfOfCRLF = afterCR && byte == 10
                afterCR = byte == 13
                if !secondHalfOfCRLF { lines.append(finishLine()) }
                continue
            }
            afterCR = false
            if pending.count < Self.maximumLineBytes + 1 {
                pending.append(byte)
            } else {
                pendingTooLong += 1
            }
        }
        return lines
    }

    /// The last line when the input does not end in a newline.
    public mutating func finish() -> [InputLine] {
        pending.isEmpty && pendingTooLong == 0 ? [] : [finishLine()]
    }

    private mutating func finishLine() -> InputLine {
        defer {
            pending.removeAll(keepingCapacity: true)
            pendingTooLong = 0
            nextNumber += 1
        }
        let length = pending.count + pendingTooLong
        if length > Self.maximumLineBytes { return InputLine(number: nextNumber, content: .failure(.tooLong(bytes: length))) }
        if pending.contains(0) { return InputLine(number: nextNumber, content: .failure(.nulByte)) }
        guard let text = String(validating: pending, as: UTF8.self) else {
            return InputLine(number: nextNumber, content: .failure(.invalidUTF8))
        }
        return InputLine(number: nextNumber, content: .success(text))
    }
}
