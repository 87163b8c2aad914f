/// A value stored in a knowledge-base snapshot, field by field in a fixed order.
protocol SnapshotCodable {
    init(from reader: inout SnapshotReader) throws
    func write(to writer: inout SnapshotWriter)
}
