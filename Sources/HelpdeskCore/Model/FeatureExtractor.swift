/// Turns a question's terms into hashed feature keys: each word, each pair of neighbouring words (with start and end marks), and the character n-grams inside each word.
public struct FeatureExtractor: Sendable, Equatable {
    /// Lengths of the character n-grams taken from each word padded with a space on both sides.
    public var characterGrams: ClosedRange<Int>

    public init(characterGrams: ClosedRange<Int> = 3...5) {
        self.characterGrams = characterGrams
    }

    private static let wordTag: UInt8 = 1, pairTag: UInt8 = 2, gramTag: UInt8 = 3

    /// Appends the keys of `terms` to `keys` (duplicates kept: they count as term frequency).
    public func keys(of terms: [String], into keys: inout [UInt64]) {
        self.keys(of: terms.lazy.map { $0 }, into: &keys)
    }

    /// The same for any sequence of terms (the scorer passes the tokens' texts without collecting them first).
    func keys(of terms: some Collection<String>, into keys: inout [UInt64]) {
        withKeys(of: terms) { keys.append(contentsOf: $0) }
    }

    /// Calls `body` with the keys of `terms`, written into temporary memory. Each term gives its word key first.
    func withKeys<R>(of terms: some Collection<String>, _ body: (UnsafeBufferPointer<UInt64>) -> R) -> R {
        var capacity = 1
        for term in terms { capacity &+= keyCount(termLength: term.utf8.count) }  // no array of lengths
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { buffer in
            let keys = buffer.baseAddress!
            var count = 0
            var previous = FNV.start(Self.pairTag) ^ 0x5F  // the start mark
            for term in terms {
                var word = FNV.start(Self.wordTag)
                var term = term
                term.withUTF8 { bytes in
                    for byte in bytes { word = FNV.add(byte, to: word) }
                    keys[count] = word
                    keys[count &+ 1] = FNV.combine(previous, word)
                    count &+= 2
                    count = grams(of: bytes, into: keys, at: count)
                }
                previous = word
            }
            if !terms.isEmpty {  // the end mark
                keys[count] = FNV.combine(previous, FNV.start(Self.pairTag) ^ 0x24)
                count &+= 1
            }
            return body(UnsafeBufferPointer(start: keys, count: count))
        }
    }

    /// A digest of the keys of a fixed text: it changes whenever the features do, so model caches can be keyed on it.
    public var fingerprint: UInt64 {
        var keys: [UInt64] = []
        self.keys(of: ["fingerprint", "of", "the", "features"], into: &keys)
        return keys.reduce(FNV.start(0)) { FNV.combine($0, $1) }
    }

    /// How many keys `keys(of:into:)` appends for one term of this byte length (to reserve room up front): its word
    /// key, its pair key and its grams. The end mark adds one for all the terms.
    @inline(__always) private func keyCount(termLength length: Int) -> Int {
        var total = 2
        for n in characterGrams where n <= length + 2 { total += length + 3 - n }
        return total
    }

    /// Writes the character n-grams of `word` padded with a space on both sides from `keys[count]` on, and returns the
    /// new count. The grams starting at one place are hashed in one pass, each longer one extending the shorter.
    private func grams(of word: UnsafeBufferPointer<UInt8>, into keys: UnsafeMutablePointer<UInt64>, at count: Int) -> Int {
        let padded = word.count &+ 2
        let shortest = characterGrams.lowerBound, longest = characterGrams.upperBound
        guard shortest <= padded else { return count }
        let seed = FNV.start(Self.gramTag)
        // The padded word copied once, so that the loop below reads every byte the same way (the spaces were tested
        // for at every byte: about 20% of the extraction's instructions).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: padded) { buffer in
            let bytes = buffer.baseAddress!
            bytes[0] = 32
            for i in 0..<word.count { bytes[i &+ 1] = word[i] }
            bytes[padded &- 1] = 32
            var count = count
            for start in 0...(padded &- shortest) {
                var hash = seed
                let end = min(start &+ longest, padded)
                var i = start
                while i < start &+ shortest &- 1 {  // the bytes before the shortest gram ends
                    hash = FNV.add(bytes[i], to: hash)
                    i &+= 1
                }
                while i < end {
                    hash = FNV.add(bytes[i], to: hash)
                    keys[count] = hash
                    count &+= 1
                    i &+= 1
                }
            }
            return count
        }
    }
}

/// 64-bit FNV-1a hashing, seeded by a tag so that different kinds of feature never collide by construction.
enum FNV {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always) static func start(_ tag: UInt8) -> UInt64 { add(tag, to: offset) }
    @inline(__always) static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* prime }
    @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = a
        for shift in stride(from: 0, to: 64, by: 8) { h = add(UInt8(truncatingIfNeeded: b >> UInt64(shift)), to: h) }
        return h
    }
}
