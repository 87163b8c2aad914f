/// Names written in another alphabet and said without a label: two or three capitalized words in a row whose first
/// letters are neither Latin nor ASCII (Cyrillic, Greek, Armenian...), none one of the knowledge base's words ("Иван
/// Петров не может войти", "клиент Сергей Иванов", "Γιάννης Παπαδόπουλος cannot log in") become one `[NAME]`. In those
/// alphabets a sentence's first word alone is capitalized, so two capitalized words in a row are a name's; the
/// knowledge base's own words ("Забыл Пароль" typed in title case) are kept.
extension RedactorScanner {
    /// The names of capitalized words of other alphabets, in order; none without the knowledge base's lists.
    func otherScriptNames() -> [Hit] {
        guard let contexts = contexts.lists else { return [] }
        var hits: [Hit] = []
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] >= 0xCD, startsWord(index),
                  let first = otherScriptWordEnd(from: index, contexts) else {
                index += 1
                continue
            }
            var end = first
            var words = 1
            while words < 3, byte(end) == ASCII.space, let next = otherScriptWordEnd(from: end + 1, contexts) {
                end = next
                words += 1
            }
            if words >= 2 { hits.append(Hit(kind: .name, start: index, end: end)) }
            index = end
        }
        return hits
    }

    /// End of a capitalized word of another alphabet at `index` (a capital from U+0370 on, then letters with a lowercase
    /// one) that is none of the knowledge base's words, or nil.
    private func otherScriptWordEnd(from index: Int, _ contexts: NameContexts.Lists) -> Int? {
        guard byte(index) >= 0xCD, let end = capitalizedWordEnd(from: index), end - index <= 40 else { return nil }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).lowercased()
        guard !contexts.isKnown(word), !contexts.isKnown(listForm(index..<end)) else { return nil }
        return end
    }
}
