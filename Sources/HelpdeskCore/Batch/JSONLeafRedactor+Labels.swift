extension JSONLeafRedactor {
    /// Which key labels the JSON leaf being read: follows the structural bytes (`{ } [ ] : ,`) outside strings.
    struct Labels {
        private struct Container {
            var isObject: Bool
            /// An object's last key read; an array's label, inherited from where the array stands.
            var label: String?
            /// In an object, whether the next string is a key.
            var atKey: Bool
        }

        private let top: String?
        private var containers: [Container] = []

        init(top: String?) { self.top = top }

        /// The label of a value read now: its member's key, an array's label, or the top label outside any container.
        var current: String? { containers.last?.label ?? (containers.isEmpty ? top : nil) }

        /// Whether the next string is an object's key.
        var atKey: Bool { containers.last.map { $0.isObject && $0.atKey } ?? false }

        /// Records the key just read; the value after it is labelled by it.
        mutating func key(_ text: String) {
            containers[containers.count - 1].label = text
            containers[containers.count - 1].atKey = false
        }

        /// Follows one byte outside strings and numbers.
        mutating func read(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "{"): containers.append(Container(isObject: true, label: nil, atKey: true))
            case UInt8(ascii: "["): containers.append(Container(isObject: false, label: current, atKey: false))
            case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = containers.popLast()
            case UInt8(ascii: ","):
                if containers.last?.isObject == true { containers[containers.count - 1].atKey = true }
            default: break
            }
        }
    }
}
