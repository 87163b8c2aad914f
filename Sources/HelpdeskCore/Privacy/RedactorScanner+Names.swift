/// A person's name after a label that says one follows, from the knowledge base's `name_labels` ("my name is",
/// "name:", "client name"): "my name is Maria Lopez" becomes "my name is [NAME]".
///
/// One to four words, each a capital and then letters with a lowercase one among them, and maybe an inner `'` or `-`
/// (`Maria`, `O'Brien`, `McDonald`, `Mary-Jane`), or a capital and a dot between two such words (`Maria J. Lopez`), and
/// a word that is one of the knowledge base's `abbreviations` with its dot before another (`Dr. Maria Lopez`); none a
/// common word or one that carries a sentence on (`isCommonWord`). Words in capitals of two letters or more count too
/// (`MY NAME IS MARIA GOMEZ`, `CALLER NAME: JOHN SMITH`), unless they are one of the knowledge base's `not_name_words`
/// (`TIN`, `EFIN`) or, first after the label, end in `ed` or `ing` (`MY NAME IS MISSPELLED`). After a label that ends
/// in `is`, `'s` or `:` ("my name is", "name:"), a name in lowercase counts as well, one to four words on the same
/// terms as words in capitals: "my name is maria gomez" and "my name is maria and I cant log in" become "my name is
/// [NAME]" and "my name is [NAME] and I cant log in". After other labels a lowercase word is kept ("client name
/// mismatch"), and after any label "my name is not showing", "name is wrong on the account", "name: unknown". Only a
/// label typed right before the name counts (case aside, and starting at a word's start); spaces may stand between
/// them, and none is needed after a label that ends in `:`, which may have spaces before it (`name : Maria`). After a
/// label that names a role, not a name (no word `name`: "client", "caller"), a name of words the knowledge base lists
/// as never a name alone (months, weekdays, products: `not_name_capitals`) or of its own words but given names is kept:
/// "caller Monday morning said", "client March deadline", "tell Support" ("client June Lee" and "tell Chase" are
/// names); so is a name with such a word after its first ("ask Chase Bank about it"), and one with `'s` before a
/// company's thing (`vendor_things`: "ask Drake's support"). A role typed before a `:` or `is`
/// labels a name too, in lowercase as well, when its first word is a given name or no English word
/// (`isNameAfterRole(_:)`: "caller: tamsin reed", "client is jose ramirez"; "client is upset" is kept). Letters beyond
/// ASCII are letters of a name (`José Álvarez`), and a capitalized given name that is also a common word ("Will") is a
/// name after a label. The words of a name may be joined as in a file name or a web address (`Maria_Lopez`,
/// `Maria+Lopez`, `Maria%20Lopez`: `wordJoinerWidth(_:)`). Particles in lowercase between capitalized words are part
/// of it (`name_particles`: "Pieter van der Berg", "Maria de la Cruz"), and so is a given name after a comma that
/// follows a surname ("client McDonald, Ronan").
extension RedactorScanner {
    /// The names after any of `labels` (lowercase ASCII bytes), in order, `endings` being theirs; no word of `notNames`
    /// (lowercase) is one, and one of `abbreviations` (lowercase, without its dot: "dr") goes on past its dot.
    func names(after labels: [[UInt8]], endings: LabelEndings, notNames: Set<String> = [], abbreviations: Set<String> = []) -> [Hit] {
        var hits: [Hit] = []
        var index = 1
        let count = bytes.count
        while index < count {
            // Every name starts with a letter not glued to a word before it.
            guard isLetter(bytes[index]) || bytes[index] >= 0xC2 && startsLetter(index), !isWordByte(bytes[index - 1]),
                  let label = follows(labels, endings, before: index),
                  let end = nameEnd(from: index, lowercase: label.lowercase, notNames: notNames, abbreviations: abbreviations),
                  !label.typedBefore || isNameAfterRole(index..<end) else {
                index += 1
                continue
            }
            // "caller Monday morning", "client March deadline", "tell Support": after a role, a month, weekday or word
            // of the knowledge base's alone is no name.
            if label.role, isOnlyKnownWords(index..<end) || namesAFirm(index..<end) || ownsAVendorsThing(index..<end) {
                index = end
                continue
            }
            let whole = givenNameAfterComma(end) ?? end
            hits.append(Hit(kind: .name, start: index, end: whole))
            index = whole
        }
        return hits
    }

    /// Whether one of `labels` ends right before `index`, or before the spaces right before it, starting a word (a
    /// label's `:` may have spaces before it too: `name : Maria`), and if so whether a name in lowercase may follow it
    /// (`lowercase`: after a label that ends in `is`, `'s` or `:`) and whether every such label names a role, not a
    /// name (`role`: "client", "caller"); nil when none does. A label without `:` typed before a `:` or `is` that
    /// follows it ("caller: tamsin reed", "client is jose ramirez") counts as one that ends so (`typedBefore`) when no
    /// other does.
    private func follows(_ labels: [[UInt8]], _ endings: LabelEndings, before index: Int) -> (lowercase: Bool, role: Bool, typedBefore: Bool)? {
        var end = index
        while isSpace(byte(end - 1)) { end -= 1 }
        var colonEnd = end
        if byte(end - 1) == ASCII.colon {
            colonEnd -= 1
            while isSpace(byte(colonEnd - 1)) { colonEnd -= 1 }
        }
        // The last two letters a label's words may end in, before a `:` or not: most labels are left at a compare or
        // two, and most words at the filter of the labels' endings. A role label typed before `is` or `:` ("client is
        // jose", "caller: tamsin") ends at `typedEnd` (`colonEnd` when there is a `:`).
        let lastBeforeColon = (lower(byte(colonEnd - 2)), lower(byte(colonEnd - 1))), last = (lower(byte(end - 2)), lower(byte(end - 1)))
        let typedEnd = colonEnd < end ? colonEnd : isWordEnd(before: end)
        let typedLast = typedEnd.map { (lower(byte($0 - 2)), lower(byte($0 - 1))) }
        guard endings.mayEnd(last.0, last.1) || typedLast.map({ endings.mayEnd($0.0, $0.1) }) == true else { return nil }
        var found: Bool?
        var role = true
        // Only the labels that may end as the word does (with or without a `:`), in order: the result does not depend
        // on the order, and walking all 58 labels at every word that passed the filter took about 10 million
        // instructions a batch of 5,000 lines.
        var candidates = endings.labels(endingIn: last.0, last.1)
        if colonEnd < end { candidates += endings.labels(endingIn: lastBeforeColon.0, lastBeforeColon.1) }
        for k in candidates {
            let label = labels[k]
            let colon = label.last == ASCII.colon
            let length = colon ? label.count - 1 : label.count
            let ending = colon ? lastBeforeColon : last
            // The ending is compared on the label's own bytes, before a slice of it is made: most labels end otherwise.
            guard length > 0, label[length - 1] == ending.1, length < 2 || label[length - 2] == ending.0 else { continue }
            let words = label[..<length]
            let wordsEnd = colon ? colonEnd : end
            guard colon ? colonEnd < end : end < index, words.count <= wordsEnd else { continue }
            let start = wordsEnd - words.count
            guard !isWordByte(byte(start - 1)) else { continue }
            if words.indices.allSatisfy({ lower(bytes[start + $0 - words.startIndex]) == words[$0] }) {
                if colon || words.count > 3 && words.suffix(3).elementsEqual(Self.isWord)
                    || words.count > 2 && words.suffix(2).elementsEqual(Self.apostropheS) { return (true, false, false) }
                found = false
                role = role && Self.namesRole(label)
            }
        }
        if let found { return (found, role, false) }
        guard let typedEnd else { return nil }
        return labelTyped(before: typedEnd, labels).map { (true, $0, true) }
    }

    /// `name` and ` name`: a label that holds the word names a name, not a role.
    static let nameWord = Array("name".utf8)
    static let spaceName = Array(" name".utf8)

    /// Whether `label` names a role, not a name: it neither starts with `name` nor holds ` name`. Searched byte by
    /// byte: `Collection.contains(_:)` of a run of bytes cost about 19,000 instructions a call.
    static func namesRole(_ label: [UInt8]) -> Bool {
        guard !label.starts(with: nameWord) else { return false }
        let length = spaceName.count
        guard label.count >= length else { return true }
        search: for start in 0...(label.count - length) {
            for k in 0..<length where label[start + k] != spaceName[k] { continue search }
            return false
        }
        return true
    }

    /// Whether every word of the name at `range` is one the knowledge base lists as never a name alone (months,
    /// weekdays, products: `NameContexts.Lists.knownWords`) or one of its own words that is no given name ("tell
    /// TaxDome", "ask CCH support", "tell Support"; "tell Chase" is a name); false without its lists.
    private func isOnlyKnownWords(_ range: Range<Int>) -> Bool {
        guard let lists = contexts.lists else { return false }
        var wordStart = range.lowerBound
        for position in range.lowerBound...range.upperBound where position == range.upperBound || isSpace(bytes[position]) {
            if position > wordStart {
                let word = lowercased(wordStart..<position)
                guard lists.knownWords.contains(word)
                        || lists.vocabulary?.isKnown(word) == true && lists.givenNames?.kind(of: word) == nil else { return false }
            }
            wordStart = position + 1
        }
        return true
    }

    /// Whether a word after the first of the name at `range`, or the capitalized word right after it, is one the
    /// knowledge base lists as never a name alone (`NameContexts.Lists.knownWords`: "bank", "office", "llc"), so that
    /// the words name a firm or place: "ask Chase Bank about it", "ask Denver Office" ("ask Chase Lee" is a name); false
    /// without its lists.
    private func namesAFirm(_ range: Range<Int>) -> Bool {
        guard let lists = contexts.lists else { return false }
        var last = range.upperBound
        if byte(last) == ASCII.space, byte(last + 1) &- 0x41 < 26 {
            last += 1
            while isLetter(byte(last)) { last += 1 }
        }
        var wordStart = range.lowerBound
        for position in range.lowerBound...last where position == last || isSpace(bytes[position]) {
            if position > wordStart, wordStart > range.lowerBound, lists.knownWords.contains(lowercased(wordStart..<position)) {
                return true
            }
            wordStart = position + 1
        }
        return false
    }

    /// ` is` and `'s`: the ends of labels after which a name may be typed in lowercase.
    private static let isWord = Array(" is".utf8)
    private static let apostropheS = Array("'s".utf8)

    /// End of a name of one to four words from `index`, or nil when no name word starts there. A
    /// name that starts in lowercase (allowed after the label: `lowercase`) goes on in lowercase.
    private func nameEnd(from index: Int, lowercase: Bool, notNames: Set<String>, abbreviations: Set<String>) -> Int? {
        let lowercaseName = bytes[index] &- 0x61 < 26 || bytes[index] >= 0xC2 && capitalWidth(at: index) == 0
        guard !lowercaseName || lowercase,
              var end = nameWordEnd(from: index, lowercase: lowercaseName, first: true, notNames: notNames) else { return nil }
        var wordStart = index
        for _ in 1..<4 {
            // "Dr. Maria": an abbreviation's dot ends no name.
            let dotted = byte(end) == ASCII.period && isWord(wordStart..<end, in: abbreviations)
            let gap = dotted ? end + 1 : end
            let joiner = wordJoinerWidth(gap)
            guard joiner > 0 else { break }
            var next = gap + joiner
            // "Pieter van der Berg", "Maria de la Cruz": particles in lowercase before the next capitalized word.
            if !lowercaseName, let afterParticles = particlesEnd(from: next) {
                guard let after = nameWordEnd(from: afterParticles, lowercase: false, first: false, notNames: notNames) else { break }
                wordStart = afterParticles
                end = after
                continue
            }
            // An initial between two names: "Maria J. Lopez".
            if !lowercaseName, byte(next) &- 0x41 < 26, byte(next + 1) == ASCII.period, isSpace(byte(next + 2)) { next += 3 }
            guard let after = nameWordEnd(from: next, lowercase: lowercaseName, first: false, notNames: notNames) else { break }
            wordStart = next
            end = after
        }
        return end
    }

    /// End of a capitalized word after a comma and one space at `end`, as a given name follows a surname written first
    /// ("client McDonald, Ronan"): a listed given name, or a word that is no English, common or knowledge-base word;
    /// nil when none ("client McDonald, Please help").
    private func givenNameAfterComma(_ end: Int) -> Int? {
        guard byte(end) == ASCII.comma, byte(end + 1) == ASCII.space, byte(end + 2) &- 0x41 < 26,
              let lists = contexts.lists else { return nil }
        var next = end + 3
        while byte(next) &- 0x61 < 26 { next += 1 }
        let range = end + 2..<next
        guard next - end <= 16, next > end + 3, !isWordByte(byte(next)) else { return nil }
        let word = lowercased(range)
        if lists.givenNames?.kind(of: word) == .name { return next }
        guard !isCommonWord(range), !lists.isKnown(word), lists.dictionary.map({ !$0.contains(word) }) ?? false else { return nil }
        return next
    }

    /// Past one or two of `name_particles` and the space after each at `start` ("van der ", "de la "), or nil when none
    /// stands there.
    func particlesEnd(from start: Int) -> Int? {
        guard !words.nameParticles.isEmpty else { return nil }
        var position = start
        for _ in 0..<2 {
            var end = position
            while byte(end) &- 0x61 < 26 { end += 1 }
            guard end > position, end - position <= 4, byte(end) == ASCII.space,
                  words.nameParticles.contains(lowercased(position..<end)) else { break }
            position = end + 1
        }
        return position > start ? position : nil
    }

    /// End of one name word at `index`, or nil for a common word (but a capitalized `common_word_names` one: "Will") or
    /// anything else: with `lowercase`, lowercase letters; otherwise a capital, then letters with a lowercase one, or
    /// capitals alone; letters beyond ASCII too (`José`); maybe with inner `'` or `-`. A word in
    /// lowercase or capitals must be no word of `notNames`, nor, `first` after the label, end in `ed` or `ing`.
    private func nameWordEnd(from index: Int, lowercase: Bool, first: Bool, notNames: Set<String>) -> Int? {
        let start = byte(index)
        let capital = capitalWidth(at: index)
        guard lowercase ? start &- 0x61 < 26 || start >= 0xC2 && capital == 0 && startsLetter(index) : capital > 0 else {
            return nil
        }
        var end = index
        var lowercaseLetters = lowercase
        var capitals = !lowercase
        while end - index < 24 {
            let current = byte(end)
            var width = 1
            var small = current &- 0x61 < 26
            if current >= 0xC2, let letter = nonASCIILetter(at: end) {
                width = letter.width
                small = !letter.uppercase
            } else if !isLetter(current) {
                guard (current == 0x27 || current == ASCII.dash) && startsLetter(end + 1) else { break }
                end += 1
                continue
            }
            lowercaseLetters = lowercaseLetters || small
            capitals = capitals && !small
            if lowercase, !small { return nil }
            end += width
        }
        guard lowercaseLetters || capitals && end - index >= 2, !isLetterOrDigit(byte(end)),
              !isCommonWord(index..<end) || !lowercase && !capitals && isCommonWordName(index..<end) else {
            return nil
        }
        if lowercase || capitals {
            guard !isWord(index..<end, in: notNames), !(first && endsLikeAVerb(index..<end)) else { return nil }
        }
        return end
    }

    /// Whether the word at `range` is a given name that is also an ordinary word (`common_word_names`: "Will"), which a
    /// label places as a name though it is a common word ("asked Will to reset it").
    private func isCommonWordName(_ range: Range<Int>) -> Bool {
        contexts.lists?.givenNames?.kind(of: lowercased(range)) == .beforeSurname
    }

    /// Whether the word at `range` ends in `ed` or `ing` (any case), as words that say how a name is do: "misspelled",
    /// "showing".
    func endsLikeAVerb(_ range: Range<Int>) -> Bool {
        let last = lower(byte(range.upperBound - 1))
        if range.count >= 4, last == ASCII.lowerD, lower(byte(range.upperBound - 2)) == 0x65 { return true }
        return range.count >= 5 && last == 0x67 && lower(byte(range.upperBound - 2)) == 0x6E
            && lower(byte(range.upperBound - 3)) == 0x69
    }
}
