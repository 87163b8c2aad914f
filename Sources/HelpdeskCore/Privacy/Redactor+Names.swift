/// Names after their label, found beside the scanner's other findings when the redactor was given labels
/// (`init(publicPhoneNumbers:nameLabels:)`).
extension Redactor {
    /// The scanner's hits over `bytes`, with the names after `nameLabels` merged in (`RedactorScanner.names(after:)`).
    func scanWithNames(_ bytes: UnsafeBufferPointer<UInt8>) -> [RedactorScanner.Hit] {
        let scanner = RedactorScanner(bytes: bytes)
        let hits = scanner.scan()
        guard !nameLabels.isEmpty else { return hits }
        let names = scanner.names(after: nameLabels)
        return names.isEmpty ? hits : scanner.merged(hits + names)
    }
}
