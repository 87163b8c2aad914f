/// Public phone numbers, kept as typed: a knowledge base's own numbers, which a user who asks about them ("should I call
/// 866-255-0654?") should see echoed, and which the matcher should read.
///
/// A `[PHONE]` finding is kept when its ASCII digits, without the `1` that starts eleven of them, are a public
/// number's: `866-255-0654`, `(866) 255-0654`, `866.255.0654`, `1-866-255-0654` and `+1 866 255 0654` are one number.
/// A finding of more digits (an extension: `866-255-0654 ext 12`) or none (`eight six six ...` read out) is redacted.
extension Redactor {
    /// A redactor that keeps the phone numbers `numbers`, written in any way that has the same digits
    /// (`KnowledgeBase.publicPhoneNumbers`; `Matcher.redactor`).
    public init(publicPhoneNumbers numbers: some Sequence<String>) {
        publicPhoneNumbers = Set(numbers.map { Self.phoneDigits($0.utf8) }.filter { !$0.isEmpty })
    }

    /// A redactor that keeps the phone numbers `numbers`, as `init(publicPhoneNumbers:)` does, and redacts a person's
    /// name after any of `nameLabels` ("my name is", "name:": the lexicon's `name_labels`; `Matcher.redactor`) unless
    /// it is one of `notNameWords` (`not_name_words`), reading `abbreviations` (`dr.`, `jr.`) as part of one, and the
    /// whole value of a field named one of `nameFields` (`name_fields`).
    public init(publicPhoneNumbers numbers: some Sequence<String>, nameLabels labels: [String], notNameWords: [String] = [],
                abbreviations: Set<String> = [], nameFields: [String] = []) {
        publicPhoneNumbers = Set(numbers.map { Self.phoneDigits($0.utf8) }.filter { !$0.isEmpty })
        // Abbreviations are kept without their final dot, as the lexicon reads them ("dr." and "dr" are one).
        names = RedactorNames(labels: labels.map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty },
                              notNameWords: Set(notNameWords.map { $0.lowercased() }),
                              abbreviations: Set(abbreviations.map { $0.hasSuffix(".") ? String($0.lowercased().dropLast()) : $0.lowercased() }),
                              fields: nameFields.map { $0.lowercased() }.filter { !$0.isEmpty })
    }

    /// `hits` without the `[PHONE]` findings whose digits are a public number's.
    func withoutPublicNumbers(_ hits: [RedactorScanner.Hit], in bytes: UnsafeBufferPointer<UInt8>) -> [RedactorScanner.Hit] {
        guard !publicPhoneNumbers.isEmpty else { return hits }
        return hits.filter { hit in
            hit.kind != .phone || !publicPhoneNumbers.contains(Self.phoneDigits(bytes[hit.start..<hit.end]))
        }
    }

    /// The ASCII digits of `text`, without the `1` that starts eleven of them (the North American country code).
    private static func phoneDigits<Bytes: Collection<UInt8>>(_ text: Bytes) -> String {
        var digits = text.filter { $0 &- 0x30 < 10 }
        if digits.count == 11, digits[0] == 0x31 { digits.removeFirst() }
        return String(decoding: digits, as: UTF8.self)
    }
}
