/// A read-only open-addressing table from 64-bit feature key to column, faster than a Dictionary on the per-question path.
/// Each slot holds the key and its column side by side, so a look-up touches one cache line.
public struct FeatureIndex: Sendable {
    private struct Slot {
        var key: UInt64
        var column: Int32
    }

    private let slots: [Slot]
    private let mask: Int

    /// `keys[i]` is the key of column i.
    public init(keys list: [UInt64]) {
        var capacity = 16
        while capacity < list.count * 2 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, column: -1), count: capacity)
        let mask = capacity - 1
        for (column, key) in list.enumerated() {
            let stored = Self.stored(key)
            var slot = Int(truncatingIfNeeded: stored >> 3) & mask
            while slots[slot].key != 0, slots[slot].key != stored { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: stored, column: Int32(column))
        }
        self.slots = slots
        self.mask = mask
    }

    /// Zero marks an empty slot, so a key of zero is stored as one.
    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always) public func column(of key: UInt64) -> Int32? {
        let stored = Self.stored(key)
        var slot = Int(truncatingIfNeeded: stored >> 3) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let found = slots[slot]
                if found.key == stored { return found.column }
                if found.key == 0 { return nil }
                slot = (slot &+ 1) & mask
            }
        }
    }
}
