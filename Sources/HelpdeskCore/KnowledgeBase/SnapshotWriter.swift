/// Writes a knowledge-base snapshot's bytes: unsigned numbers as LEB128, signed ones zigzagged first, a string as its
/// UTF-8 byte count then its bytes, an array as its count then its items. `SnapshotReader` reads them back.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ value: Int) {
        write(UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63))
    }

    mutating func write(_ value: Double) { write(value.bitPattern) }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ text: String) {
        write(UInt64(text.utf8.count))
        bytes += text.utf8
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func write(_ texts: [String]) {
        write(UInt64(texts.count))
        for text in texts { write(text) }
    }

    /// Sorted, so that the same set always makes the same bytes.
    mutating func write(_ texts: Set<String>) { write(texts.sorted()) }

    mutating func write<Item: SnapshotCodable>(_ items: [Item]) {
        write(UInt64(items.count))
        for item in items { item.write(to: &self) }
    }
}
