/// IPv4 addresses: four numbers from 0 to 255 joined by dots, standing alone ("my IP is 192.168.1.20"), padded to three
/// digits a part too (`010.000.000.012`), and a port after a colon redacted with them (`10.0.0.12:8080`). A caller's
/// address says where they are, so it is redacted as `[IP]` wherever it stands; a version or a number of other parts
/// (`2.3.1`, `1.2.3.4.5`, `300.1.1.1`) is kept, and so are four numbers after a word of the knowledge base's
/// `version_words` (`version 2.1.0.5`, `build 10.2.3.4`; `v2.1.0.5` is glued to its letter).
extension RedactorScanner {
    /// The address whose first number is the digit run `start..<start+length`, or nil.
    func ipAddress(at start: Int, length: Int) -> Hit? {
        guard length <= 3, byte(start + length) == ASCII.period else { return nil }
        var position = start
        var run = length
        for part in 0..<4 {
            // A leading zero only in an address padded to three digits a part ("010.000.000.012"; "01.2.3.4" is kept).
            guard (1...3).contains(run), number(at: position, length: run) <= 255,
                  run == 1 || byte(position) != ASCII.zero || padded(start) else { return nil }
            position += run
            if part < 3 {
                guard byte(position) == ASCII.period else { return nil }
                position += 1
                run = digitRun(at: position)
            }
        }
        // "10.0.0.12:8080": the port goes with the address.
        if byte(position) == ASCII.colon, case let port = digitRun(at: position + 1), (1...5).contains(port),
           !isWordByte(byte(position + 1 + port)), byte(position + 1 + port) != ASCII.colon {
            position += 1 + port
        }
        // "1.2.3.4.5" has five parts; "192.168.1.20." ends a sentence.
        guard endsToken(position), !followsVersionWord(start) else { return nil }
        return Hit(kind: .ipAddress, start: start, end: position)
    }

    /// Whether the four numbers from `start` have three digits each: "010.000.000.012".
    private func padded(_ start: Int) -> Bool {
        (0..<4).allSatisfy { digitRun(at: start + 4 * $0) == 3 && ($0 == 3 || byte(start + 4 * $0 + 3) == ASCII.period) }
    }

    /// Whether the word right before `start` is one of `version_words` ("version 2.1.0.5", "build: 10.2.3.4").
    private func followsVersionWord(_ start: Int) -> Bool {
        !words.versionWords.isEmpty
            && precedingWords(before: start, limit: 1) { word in words.versionWords.contains(String(decoding: word, as: UTF8.self)) }
    }
}
