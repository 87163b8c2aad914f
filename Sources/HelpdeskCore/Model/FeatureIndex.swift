/// A read-only open-addressing table from 64-bit feature key to column, faster than a Dictionary on the per-question path.
public struct FeatureIndex: Sendable {
    private let keys: [UInt64]
    private let columns: [Int32]
    private let mask: Int

    /// `keys[i]` is the key of column i.
    public init(keys list: [UInt64]) {
        var capacity = 16
        while capacity < list.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var columns = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (column, key) in list.enumerated() {
            let stored = Self.stored(key)
            var slot = Int(truncatingIfNeeded: stored >> 3) & mask
            while keys[slot] != 0, keys[slot] != stored { slot = (slot + 1) & mask }
            keys[slot] = stored
            columns[slot] = Int32(column)
        }
        self.keys = keys
        self.columns = columns
        self.mask = mask
    }

    /// Zero marks an empty slot, so a key of zero is stored as one.
    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always) public func column(of key: UInt64) -> Int32? {
        let stored = Self.stored(key)
        var slot = Int(truncatingIfNeeded: stored >> 3) & mask
        while true {
            let found = keys[slot]
            if found == stored { return columns[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
