/// Reads what `SnapshotWriter` wrote; throws `SnapshotReader.Malformed` on bytes it did not write (a damaged or
/// truncated cache file, which is then rebuilt from the YAML).
struct SnapshotReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 7) {
            guard position < bytes.count else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
        }
        throw Malformed()
    }

    mutating func integer() throws -> Int {
        let zigzag = try unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    mutating func double() throws -> Double { Double(bitPattern: try unsigned()) }

    mutating func bool() throws -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Malformed() }
        position += 1
        return bytes[position - 1] == 1
    }

    mutating func string() throws -> String {
        let length = try count()
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    mutating func optionalString() throws -> String? { try bool() ? try string() : nil }

    mutating func strings() throws -> [String] {
        try (0..<count()).map { _ in try string() }
    }

    mutating func items<Item: SnapshotCodable>(_: Item.Type = Item.self) throws -> [Item] {
        try (0..<count()).map { _ in try Item(from: &self) }
    }

    /// A count or byte length, which cannot be more than the bytes left (each item takes at least one).
    mutating func count() throws -> Int {
        let value = try unsigned()
        guard value <= UInt64(bytes.count - position) else { throw Malformed() }
        return Int(value)
    }
}
