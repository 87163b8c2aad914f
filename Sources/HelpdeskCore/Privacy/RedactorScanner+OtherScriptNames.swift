/// Names written in another alphabet and said without a label: two or three capitalized words in a row whose first
/// letters are neither Latin nor ASCII (Cyrillic, Greek, Armenian...), none one of the knowledge base's words ("Иван
/// Петров не может войти", "клиент Сергей Иванов", "Γιάννης Παπαδόπουλος cannot log in") become one `[NAME]`. In those
/// alphabets a sentence's first word alone is capitalized, so two capitalized words in a row are a name's; the
/// knowledge base's own words ("Забыл Пароль" typed in title case) and greetings (`other_script_greetings`: "Добрый
/// День", "Γεια Σας") are kept; one to three words after a greeting are a name ("Уважаемый [NAME],").
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
            let run = otherScriptRun(from: index, firstEnd: first, contexts)
            if let name = run.name { hits.append(Hit(kind: .name, start: name.lowerBound, end: name.upperBound)) }
            index = run.end
        }
        return hits
    }

    /// The name in the capitalized words of other alphabets from `start` (the first ending at `first`) and where they
    /// end: two or three words; after a greeting of `other_script_greetings` ("Добрый День", "Уважаемый"), which is
    /// none, the one to three words that follow it ("Уважаемый Иван" keeps its greeting).
    private func otherScriptRun(from start: Int, firstEnd first: Int, _ contexts: NameContexts.Lists) -> (name: Range<Int>?, end: Int) {
        var ends = [first]
        while ends.count < 6, let last = ends.last, byte(last) == ASCII.space,
              let next = otherScriptWordEnd(from: last + 1, contexts) {
            ends.append(next)
        }
        let greeting = (1...min(3, ends.count)).last { isOtherScriptGreeting(start..<ends[$0 - 1]) } ?? 0
        let words = min(ends.count - greeting, 3)
        guard words >= (greeting == 0 ? 2 : 1) else { return (nil, ends[greeting == 0 ? 0 : greeting - 1]) }
        let nameStart = greeting == 0 ? start : ends[greeting - 1] + 1
        return (nameStart..<ends[greeting + words - 1], ends[greeting + words - 1])
    }

    /// Whether the words at `range` (one space between them) are one of `other_script_greetings`, case ignored.
    private func isOtherScriptGreeting(_ range: Range<Int>) -> Bool {
        guard !words.otherScriptGreetings.isEmpty, range.count <= 60 else { return false }
        return words.otherScriptGreetings.contains(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased())
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
