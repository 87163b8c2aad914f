/// The words of a text of lowercase ASCII letters, digits and single spaces, read without the pipeline: what `Normalizer`
/// and `Tokenizer` make of it, since neither changes such a text but to cut it at its spaces. Most lexicon words are
/// such a text ("the", "de", "already"): analysing each of a lexicon's 400 stop words and markers at every start cost
/// about 2 million instructions.
enum PlainWords {
    /// The words of `text`, or nil when it holds anything else (capitals, punctuation, other scripts, a run of spaces, a
    /// word longer than `Tokenizer.maximumTokenBytes`), which the pipeline must read.
    static func split(_ text: String) -> [String]? {
        var words: [String] = []
        var text = text
        let plain = text.withUTF8 { bytes -> Bool in
            var start = 0
            for i in 0...bytes.count {
                guard i == bytes.count || bytes[i] == 32 else {
                    let byte = bytes[i]
                    guard (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) else { return false }
                    continue
                }
                guard i > start, i - start <= Tokenizer.maximumTokenBytes else { return false }
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                start = i + 1
            }
            return true
        }
        return plain ? words : nil
    }
}
