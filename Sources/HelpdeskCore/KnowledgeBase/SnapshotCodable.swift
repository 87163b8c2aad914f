import Foundation

/// A value stored in a knowledge-base snapshot, field by field in a fixed order.
protocol SnapshotCodable {
    init(from reader: inout SnapshotReader) throws
    func write(to writer: inout SnapshotWriter)
}

extension SnapshotCodable {
    /// The value stored in `data`; throws `SnapshotReader.Malformed` unless `data` holds exactly one.
    init(data: Data) throws {
        var reader = SnapshotReader(Array(data))
        try self.init(from: &reader)
        guard reader.isAtEnd else { throw SnapshotReader.Malformed() }
    }

    /// The bytes `init(data:)` reads back.
    var data: Data {
        var writer = SnapshotWriter()
        write(to: &writer)
        return Data(writer.bytes)
    }
}
