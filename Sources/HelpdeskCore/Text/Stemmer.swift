/// English Snowball stemmer (Porter2, snowballstem.org "english"), hand-written over lowercase ASCII bytes.
public struct Stemmer: Sendable {
    public init() {}

    /// Stems one lowercased word; words with non-ASCII bytes or digits are returned unchanged.
    public func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        let stemmed = stem(bytes)
        return stemmed == bytes ? word : String(decoding: stemmed, as: UTF8.self)
    }

    /// Stems one word given as lowercase ASCII bytes (the hot path).
    public func stem(_ word: [UInt8]) -> [UInt8] {
        if word.count <= 2 { return word }
        for c in word where c >= 0x80 || (c >= Ch.zero && c <= Ch.nine) { return word }
        if let exception = Self.exception(word) { return exception }
        var w = PorterWord(word)
        w.prelude()
        w.markRegions()
        w.step1a()
        w.step1b()
        w.step1c()
        w.step2()
        w.step3()
        w.step4()
        w.step5()
        w.postlude()
        return w.b
    }

    /// Whole words with a fixed stem (checked before anything else).
    private static let exceptions: [(word: StaticString, stem: StaticString)] = [
        ("skis", "ski"), ("skies", "sky"), ("idly", "idl"), ("gently", "gentl"),
        ("ugly", "ugli"), ("early", "earli"), ("only", "onli"), ("singly", "singl"),
        ("sky", "sky"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"),
        ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ]

    /// The fixed stem of an exceptional word, if it is one.
    private static func exception(_ word: [UInt8]) -> [UInt8]? {
        guard word.count <= 6 else { return nil }
        for (form, stem) in exceptions where form.utf8CodeUnitCount == word.count {
            if PorterWord.bytes(form).elementsEqual(word) { return Array(PorterWord.bytes(stem)) }
        }
        return nil
    }
}

/// ASCII byte constants.
private enum Ch {
    static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i")
    static let o = UInt8(ascii: "o"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y")
    static let l = UInt8(ascii: "l"), s = UInt8(ascii: "s"), t = UInt8(ascii: "t")
    static let w = UInt8(ascii: "w"), x = UInt8(ascii: "x"), bigY = UInt8(ascii: "Y")
    static let apostrophe = UInt8(ascii: "'"), zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
}

/// A suffix and what replaces it.
private typealias Rule = (suffix: StaticString, replacement: StaticString)

/// Suffix rules bucketed by last byte (each bucket keeps the longest-first order), so a
/// lookup tries only the few rules that can match.
private struct SuffixTable: Sendable {
    private var buckets = [[Rule]](repeating: [], count: 128)

    init(_ rules: [Rule]) {
        for rule in rules { buckets[Int(rule.suffix.utf8Start[rule.suffix.utf8CodeUnitCount - 1])].append(rule) }
    }

    /// The longest rule whose suffix ends `word`.
    func longestMatch(in word: PorterWord) -> Rule? {
        guard let last = word.b.last, last < 128 else { return nil }
        return buckets[Int(last)].first { word.ends(with: $0.suffix) }
    }
}

/// A word being stemmed: its bytes plus the R1/R2 region starts.
private struct PorterWord {
    var b: [UInt8]
    var p1 = 0
    var p2 = 0
    var foundY = false

    init(_ bytes: [UInt8]) { b = bytes }

    static func bytes(_ s: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
    }

    // MARK: Character classes

    static func isVowel(_ c: UInt8) -> Bool {
        c == Ch.a || c == Ch.e || c == Ch.i || c == Ch.o || c == Ch.u || c == Ch.y
    }

    /// Letters that may precede a deletable "li" suffix: c d e g h k m n r t.
    static func isValidLi(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "g"), UInt8(ascii: "h"),
             UInt8(ascii: "k"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return true
        default:
            return false
        }
    }

    /// Letters whose doubling is undone after removing "ed"/"ing" (hopp -> hop).
    static func isDouble(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "m"),
             UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return true
        default:
            return false
        }
    }

    // MARK: Helpers

    func ends(with s: StaticString, at end: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        guard end >= n && end <= b.count else { return false }
        let p = s.utf8Start
        for k in 0..<n where b[end - n + k] != p[k] { return false }
        return true
    }

    func ends(with s: StaticString) -> Bool { ends(with: s, at: b.count) }

    /// Whether the first `end` bytes are exactly `s`.
    func isExactly(_ s: StaticString, upTo end: Int) -> Bool {
        end == s.utf8CodeUnitCount && b.first == s.utf8Start[0] && ends(with: s, at: end)
    }

    func hasVowel(before end: Int) -> Bool {
        for k in 0..<end where Self.isVowel(b[k]) { return true }
        return false
    }

    static func same(_ x: StaticString, _ y: StaticString) -> Bool {
        bytes(x).elementsEqual(bytes(y))
    }

    mutating func replace(from start: Int, with s: StaticString) {
        b.removeLast(b.count - start)
        b.append(contentsOf: Self.bytes(s))
    }

    /// The region after the first non-vowel following a vowel, searching from `start`.
    func regionStart(from start: Int) -> Int? {
        var k = start
        while k < b.count && !Self.isVowel(b[k]) { k += 1 }
        while k < b.count && Self.isVowel(b[k]) { k += 1 }
        return k < b.count ? k + 1 : nil
    }

    /// A short syllable ends at `end`: non-vowel (not w, x, Y) + vowel + non-vowel,
    /// or vowel + non-vowel at the start of the word, or "past".
    func isShortSyllable(endingAt end: Int) -> Bool {
        if end >= 3 {
            let c = b[end - 1]
            if !Self.isVowel(c) && c != Ch.w && c != Ch.x && c != Ch.bigY
                && Self.isVowel(b[end - 2]) && !Self.isVowel(b[end - 3]) {
                return true
            }
        }
        if end == 2 && Self.isVowel(b[0]) && !Self.isVowel(b[1]) { return true }
        return ends(with: "past", at: end)
    }

    // MARK: Steps

    /// Drops a leading apostrophe and marks consonant-y (initial, or after a vowel) as "Y".
    mutating func prelude() {
        if b.first == Ch.apostrophe { b.removeFirst() }
        guard !b.isEmpty else { return }
        if b[0] == Ch.y { b[0] = Ch.bigY; foundY = true }
        for k in b.indices.dropFirst() where b[k] == Ch.y && Self.isVowel(b[k - 1]) {
            b[k] = Ch.bigY
            foundY = true
        }
    }

    /// Prefixes after which R1 starts, whatever the vowels say.
    private static let r1Prefixes: [StaticString] = [
        "arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers",
    ]

    /// R1: after the first non-vowel following a vowel (or after a listed prefix); R2: the same within R1.
    mutating func markRegions() {
        p1 = b.count
        p2 = b.count
        if let prefix = Self.r1Prefixes.first(where: { isExactly($0, upTo: $0.utf8CodeUnitCount) }) {
            p1 = prefix.utf8CodeUnitCount
        } else if let start = regionStart(from: 0) {
            p1 = start
        } else {
            return
        }
        if let start = regionStart(from: p1) { p2 = start }
    }

    /// Step 0 (possessive apostrophes) and step 1a (plural "s").
    mutating func step1a() {
        if ends(with: "'s'") {
            b.removeLast(3)
        } else if ends(with: "'s") {
            b.removeLast(2)
        } else if ends(with: "'") {
            b.removeLast()
        }
        if ends(with: "sses") {
            b.removeLast(2)
        } else if ends(with: "ied") || ends(with: "ies") {
            let start = b.count - 3
            replace(from: start, with: start >= 2 ? "i" : "ie")
        } else if ends(with: "ss") || ends(with: "us") {
            return
        } else if ends(with: "s") && b.count >= 3 && hasVowel(before: b.count - 2) {
            b.removeLast()
        }
    }

    private static let ingExempt: [StaticString] = ["even", "cann", "inn", "earr", "herr", "out"]

    /// Step 1b: "eed(ly)" -> "ee" in R1; "ed", "edly", "ing", "ingly" removed after a vowel, then tidied.
    mutating func step1b() {
        let n = b.count
        let start: Int
        if ends(with: "eedly") || ends(with: "eed") {
            let s = n - (ends(with: "eedly") ? 5 : 3)
            let exempt = isExactly("succ", upTo: s) || isExactly("proc", upTo: s) || isExactly("exc", upTo: s)
            if s >= p1 && !exempt { replace(from: s, with: "ee") }
            return
        } else if ends(with: "ingly") || ends(with: "edly") {
            start = n - (ends(with: "ingly") ? 5 : 4)
        } else if ends(with: "ed") {
            start = n - 2
        } else if ends(with: "ing") {
            start = n - 3
            if start >= 1 && b[start - 1] == Ch.y {
                // dying -> die, lying -> lie, tying -> tie
                if start == 2 && !Self.isVowel(b[0]) { replace(from: 1, with: "ie"); return }
            } else {
                // inning, outing, canning, herring, earring, evening stay as they are
                if Self.ingExempt.contains(where: { isExactly($0, upTo: start) }) { return }
            }
        } else {
            return
        }
        guard hasVowel(before: start) else { return }
        b.removeLast(n - start)
        let m = b.count
        if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
            b.append(Ch.e)
        } else if m >= 2 && b[m - 1] == b[m - 2] && Self.isDouble(b[m - 1]) {
            let shortAeo = m == 3 && (b[0] == Ch.a || b[0] == Ch.e || b[0] == Ch.o)
            if !shortAeo { b.removeLast() }
        } else if m == p1 && isShortSyllable(endingAt: m) {
            b.append(Ch.e)
        }
    }

    /// Step 1c: final y/Y after a non-vowel (not the first letter) -> i.
    mutating func step1c() {
        let n = b.count
        guard n >= 3, b[n - 1] == Ch.y || b[n - 1] == Ch.bigY, !Self.isVowel(b[n - 2]) else { return }
        b[n - 1] = Ch.i
    }

    /// Step 2 suffixes, longest first (so the first hit is the longest match).
    private static let step2Rules = SuffixTable([
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"),
        ("entli", "ent"), ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"),
        ("iviti", "ive"), ("fulli", "ful"), ("ogist", "og"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"),
        ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ])

    mutating func step2() {
        guard let rule = Self.step2Rules.longestMatch(in: self) else { return }
        let start = b.count - rule.suffix.utf8CodeUnitCount
        guard start >= p1 else { return }
        if Self.same(rule.suffix, "ogi") && b[start - 1] != Ch.l { return }
        if Self.same(rule.suffix, "li") && !Self.isValidLi(b[start - 1]) { return }
        replace(from: start, with: rule.replacement)
    }

    /// Step 3 suffixes, longest first; "ative" additionally needs R2.
    private static let step3Rules = SuffixTable([
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ])

    mutating func step3() {
        guard let rule = Self.step3Rules.longestMatch(in: self) else { return }
        let start = b.count - rule.suffix.utf8CodeUnitCount
        guard start >= p1 else { return }
        if Self.same(rule.suffix, "ative") && start < p2 { return }
        replace(from: start, with: rule.replacement)
    }

    /// Step 4 suffixes (deleted in R2), longest first.
    private static let step4Rules = SuffixTable(
        ["ement", "ance", "ence", "able", "ible", "ment", "ate", "ive", "ize", "iti", "ism", "ion",
         "ous", "ant", "ent", "ic", "al", "er"].map { (suffix: $0, replacement: "") }
    )

    mutating func step4() {
        guard let suffix = Self.step4Rules.longestMatch(in: self)?.suffix else { return }
        let start = b.count - suffix.utf8CodeUnitCount
        guard start >= p2 else { return }
        if Self.same(suffix, "ion") && b[start - 1] != Ch.s && b[start - 1] != Ch.t { return }
        b.removeLast(b.count - start)
    }

    /// Step 5: final "e" in R2 (or in R1 when not after a short syllable); "ll" -> "l" in R2.
    mutating func step5() {
        guard !b.isEmpty else { return }
        let start = b.count - 1
        if b[start] == Ch.e {
            if start >= p2 || (start >= p1 && !isShortSyllable(endingAt: start)) { b.removeLast() }
        } else if b[start] == Ch.l {
            if start >= p2 && start >= 1 && b[start - 1] == Ch.l { b.removeLast() }
        }
    }

    /// Turns the "Y" markers back into "y".
    mutating func postlude() {
        guard foundY else { return }
        for k in b.indices where b[k] == Ch.bigY { b[k] = Ch.y }
    }
}
