/// Names said without a label that their particles mark: a capitalized word, one or two of `name_particles` in
/// lowercase, and a capitalized word, maybe again ("Pieter van der Berg cant log in", "Maria de la Cruz locked out",
/// "I spoke with Hans de Vries", "Mohammed bin Salman al Saud") become one `[NAME]` (the given-name rule alone left
/// "[NAME] de la Cruz"). The first word is a listed given name or no English word (the lexicon's `dictionary`; a given
/// name that is also a word, "Rosa del Toro", with surnames that are none), and no
/// word is a common word (`isCommonWord`), a title, a particle or one of the knowledge base's
/// (`NameContexts.Lists.isKnown`): "Van der Berg Accounting" (a particle first) is kept.
extension RedactorScanner {
    /// The names a particle marks, in order; none without the knowledge base's lists or `name_particles`.
    func particleNames() -> [Hit] {
        guard !words.nameParticles.isEmpty, let contexts = contexts.lists, let dictionary = contexts.dictionary else { return [] }
        var hits: [Hit] = []
        var index = 0
        let count = bytes.count
        while index < count {
            guard startsWord(index),
                  let first = capitalizedWordEnd(from: index), byte(first) == ASCII.space else {
                index += 1
                continue
            }
            guard isNameWord(index..<first, contexts), !contexts.titles.contains(lowercased(index..<first)),
                  !words.nameParticles.contains(listForm(index..<first)),
                  let end = particleNameEnd(index..<first, contexts, dictionary) else {
                index = first
                continue
            }
            hits.append(Hit(kind: .name, start: index, end: end))
            index = end
        }
        return hits
    }

    /// End of the name the capitalized word at `first` opens with particles and a surname, or nil. The word is a
    /// listed given name of `.name` kind or no `dictionary` word; or a listed one that is also a word ("Rosa", "Will":
    /// `common_word_names`) when every surname after a particle is no `dictionary` word either ("Rosa del Toro").
    private func particleNameEnd(_ first: Range<Int>, _ contexts: NameContexts.Lists, _ dictionary: WordList) -> Int? {
        let word = listForm(first)
        let kind = contexts.givenNames?.kind(of: word)
        if kind == .name || !dictionary.contains(word) { return particledSurnameEnd(after: first.upperBound, contexts) }
        guard kind != nil else { return nil }
        return particledSurnameEnd(after: first.upperBound, contexts, excluding: dictionary)
    }

    /// End of the particles and capitalized surname after the word that ends at `end` (" van der Berg", and " al
    /// Saud" after it), or nil when no particle and surname follow; a surname in `excluding` ends none.
    private func particledSurnameEnd(after end: Int, _ contexts: NameContexts.Lists, excluding: WordList? = nil) -> Int? {
        var result: Int?
        var position = end
        while byte(position) == ASCII.space, let surname = particlesEnd(from: position + 1),
              let surnameEnd = capitalizedWordEnd(from: surname), isNameWord(surname..<surnameEnd, contexts),
              excluding?.contains(listForm(surname..<surnameEnd)) != true {
            result = surnameEnd
            position = surnameEnd
            // "Salman Al Saud": capitalized words may follow before the next particle.
            while byte(position) == ASCII.space, let next = capitalizedWordEnd(from: position + 1),
                  isNameWord(position + 1..<next, contexts), words.nameParticles.contains(listForm(position + 1..<next)) {
                guard byte(next) == ASCII.space, let after = capitalizedWordEnd(from: next + 1),
                      isNameWord(next + 1..<after, contexts) else { break }
                position = after
                result = after
            }
        }
        return result
    }

    /// Whether the word at `range` may be a name's: no common word nor one of the knowledge base's.
    private func isNameWord(_ range: Range<Int>, _ contexts: NameContexts.Lists) -> Bool {
        range.count <= 30 && !isCommonWord(range) && !contexts.isKnown(listForm(range))
    }
}
