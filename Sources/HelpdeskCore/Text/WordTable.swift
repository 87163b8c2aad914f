/// A fixed table from words to values, found by an FNV-1a hash of the word's bytes: a look-up took about 140
/// instructions where a `Dictionary<String, _>` one, through `Hasher`, took about 310 (every word of every question is
/// looked up to stem it, and most to tell whether it is known).
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [String] = []
    private var values: [Value] = []
    /// Open addressing, a power of two at least twice the word count: a slot holds a key's index + 1, or 0.
    private var slots: [Int32]
    private var mask: Int

    /// The table of `pairs`; a word given twice keeps its last value, as a dictionary would.
    init(_ pairs: some Sequence<(String, Value)>, capacity: Int = 0) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        for (word, value) in pairs { insert(word, value) }
    }

    var count: Int { keys.count }

    /// Every word with its value, in the order first given.
    var pairs: Zip2Sequence<[String], [Value]> { zip(keys, values) }

    subscript(word: String) -> Value? {
        var slot = Self.hash(word) & mask
        while true {
            let held = Int(slots[slot])
            if held == 0 { return nil }
            if keys[held - 1] == word { return values[held - 1] }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(_ word: String, _ value: Value) {
        if 2 * (keys.count + 1) > slots.count { grow() }
        var slot = Self.hash(word) & mask
        while true {
            let held = Int(slots[slot])
            if held == 0 { break }
            if keys[held - 1] == word {
                values[held - 1] = value
                return
            }
            slot = (slot + 1) & mask
        }
        keys.append(word)
        values.append(value)
        slots[slot] = Int32(keys.count)
    }

    /// Doubles the slots and places every key again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: 2 * slots.count)
        mask = slots.count - 1
        for (index, word) in keys.enumerated() {
            var slot = Self.hash(word) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// FNV-1a over the word's bytes, read from contiguous storage (the UTF-8 view's iterator costs more than the hash).
    private static func hash(_ word: String) -> Int {
        func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
            var hash = FNV.start(7)
            for byte in bytes { hash = FNV.add(byte, to: hash) }
            return hash
        }
        let hash = word.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(word.utf8)
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
