/// Public email addresses, kept as typed: those a knowledge base gives in its answers (`support@example.org`), which a
/// user who types one is asking about, as with its phone numbers (`init(publicPhoneNumbers:)`).
///
/// An `[EMAIL]` finding is kept when its text, case aside, is a public address; an address spelled out (`support at
/// example dot org`) or with more around it is redacted.
extension Redactor {
    /// This redactor keeping the addresses `addresses` (any case) too (`KnowledgeBase.publicEmailAddresses`;
    /// `Matcher.redactor`).
    public func keeping(publicEmailAddresses addresses: some Sequence<String>) -> Redactor {
        var redactor = self
        redactor.publicEmailAddresses = Set(addresses.map { $0.lowercased() })
        return redactor
    }

    /// `hits` without the findings of public data: phone numbers (`withoutPublicNumbers(_:in:)`) and email addresses.
    func withoutPublicData(_ hits: [RedactorScanner.Hit], in bytes: UnsafeBufferPointer<UInt8>) -> [RedactorScanner.Hit] {
        let hits = withoutPublicNumbers(hits, in: bytes)
        guard !publicEmailAddresses.isEmpty else { return hits }
        return hits.filter { hit in
            hit.kind != .email
                || !publicEmailAddresses.contains(String(decoding: bytes[hit.start..<hit.end], as: UTF8.self).lowercased())
        }
    }
}
