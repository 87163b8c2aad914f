/// IPv4 addresses: four numbers from 0 to 255 joined by dots, standing alone ("my IP is 192.168.1.20"). A caller's
/// address says where they are, so it is redacted as `[IP]` wherever it stands; a version or a number of other parts
/// (`2.3.1`, `1.2.3.4.5`, `300.1.1.1`) is kept.
extension RedactorScanner {
    /// The address whose first number is the digit run `start..<start+length`, or nil.
    func ipAddress(at start: Int, length: Int) -> Hit? {
        guard length <= 3, byte(start + length) == ASCII.period else { return nil }
        var position = start
        var run = length
        for part in 0..<4 {
            guard (1...3).contains(run), number(at: position, length: run) <= 255,
                  run == 1 || byte(position) != ASCII.zero else { return nil }
            position += run
            if part < 3 {
                guard byte(position) == ASCII.period else { return nil }
                position += 1
                run = digitRun(at: position)
            }
        }
        // "1.2.3.4.5" has five parts; "192.168.1.20." ends a sentence.
        guard endsToken(position) else { return nil }
        return Hit(kind: .ipAddress, start: start, end: position)
    }
}
