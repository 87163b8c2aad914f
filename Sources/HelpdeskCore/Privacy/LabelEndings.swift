/// The last two bytes of a list of labels, as a 256-bit filter: whether some label may end with two given bytes. Built
/// once per redactor (`RedactorNames`), it spares a name scan the walk through every label at every word ("the",
/// "was") that no label ends like.
struct LabelEndings {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// The indices of the labels in each slot, so that a word that passes the filter is compared with the few labels
    /// of its slot, not with them all.
    private var labelsBySlot: [[Int]] = []

    /// The endings of `labels` (lowercase ASCII bytes), each without the `:` it may end in.
    init(_ labels: [[UInt8]]) {
        for (index, label) in labels.enumerated() {
            let words = label.last == UInt8(ascii: ":") ? label.dropLast() : label[...]
            guard let last = words.last else { continue }
            insert(words.count > 1 ? words[words.endIndex - 2] : 0, last)
            if labelsBySlot.isEmpty { labelsBySlot = Array(repeating: [], count: 256) }
            labelsBySlot[Self.slot(words.count > 1 ? words[words.endIndex - 2] : 0, last)].append(index)
        }
    }

    /// The indices of the labels that may end in `previous` then `last` (lowercase), with those of one byte that end
    /// in `last`, in order; every label that ends so is among them (others may be).
    func labels(endingIn previous: UInt8, _ last: UInt8) -> [Int] {
        guard !labelsBySlot.isEmpty else { return [] }
        let pair = Self.slot(previous, last), single = Self.slot(0, last)
        if pair == single || labelsBySlot[single].isEmpty { return labelsBySlot[pair] }
        if labelsBySlot[pair].isEmpty { return labelsBySlot[single] }
        return (labelsBySlot[pair] + labelsBySlot[single]).sorted()
    }

    /// Whether a label may end in `previous` then `last` (lowercase); a label of one byte matches whatever comes before.
    func mayEnd(_ previous: UInt8, _ last: UInt8) -> Bool {
        contains(Self.slot(previous, last)) || contains(Self.slot(0, last))
    }

    private mutating func insert(_ previous: UInt8, _ last: UInt8) {
        let slot = Self.slot(previous, last)
        let bit = UInt64(1) << UInt64(slot & 63)
        switch slot >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    private func contains(_ slot: Int) -> Bool {
        let bit = UInt64(1) << UInt64(slot & 63)
        switch slot >> 6 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }

    private static func slot(_ previous: UInt8, _ last: UInt8) -> Int {
        (Int(previous) &* 31 &+ Int(last)) & 255
    }
}
