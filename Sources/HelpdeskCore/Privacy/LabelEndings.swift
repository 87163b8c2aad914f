/// The last two bytes of a list of labels, in 256 slots: which labels may end with two given bytes. Built once per
/// redactor (`RedactorNames`), it spares a name scan the walk through every label at every word ("the", "was") that
/// no label ends like.
struct LabelEndings {
    /// The indices of the labels that may end as each slot's pairs of bytes do, in order: a label of two bytes or more
    /// in the slot of its last two, a label of one byte in every slot (it ends so after any byte). A word compared
    /// with the few labels of its slot is compared with every label that ends as it does; an empty slot is the filter.
    /// No slot at all when there is no label.
    private let labelsBySlot: [[Int]]

    /// The endings of `labels` (lowercase ASCII bytes), each without the `:` it may end in.
    init(_ labels: [[UInt8]]) {
        guard !labels.isEmpty else {
            labelsBySlot = []
            return
        }
        var labelsBySlot = [[Int]](repeating: [], count: 256)
        for (index, label) in labels.enumerated() {
            let words = label.last == UInt8(ascii: ":") ? label.dropLast() : label[...]
            guard let last = words.last else { continue }
            if words.count > 1 {
                labelsBySlot[Self.slot(words[words.endIndex - 2], last)].append(index)
            } else {
                for slot in labelsBySlot.indices { labelsBySlot[slot].append(index) }
            }
        }
        self.labelsBySlot = labelsBySlot
    }

    /// The indices of the labels that may end in `previous` then `last` (lowercase), in order; every label that ends
    /// so is among them (others may be).
    func labels(endingIn previous: UInt8, _ last: UInt8) -> [Int] {
        labelsBySlot.isEmpty ? [] : labelsBySlot[Self.slot(previous, last)]
    }

    /// Whether a label may end in `previous` then `last` (lowercase); a label of one byte matches whatever comes before.
    func mayEnd(_ previous: UInt8, _ last: UInt8) -> Bool {
        !labelsBySlot.isEmpty && !labelsBySlot[Self.slot(previous, last)].isEmpty
    }

    private static func slot(_ previous: UInt8, _ last: UInt8) -> Int {
        (Int(previous) &* 31 &+ Int(last)) & 255
    }
}
