extension JSONLeafRedactor {
    /// What labels the JSON leaf being read: follows the structural bytes (`{ } [ ] : ,`) outside strings. A value is
    /// labelled by the value before it in the same object or array (already redacted) and its key, or an array's
    /// items by the array's label, as a field is by the field before it and its name (`{"type":"ssn","value":"…"}`).
    struct Labels {
        private struct Container {
            var isObject: Bool
            /// An object's last key read; an array's label, inherited from where the array stands.
            var label: String?
            /// In an object, whether the next string is a key.
            var atKey: Bool
            /// The redacted text of the last string or number read here; a nested object or array clears it.
            var previous: String?
            /// An object's own label, from where it stands (as an array's): it labels the object's keys.
            var outer: String? = nil
            /// An array's key: the key it stands under, or the one its array stands under (`{"names":[["Ann Lee"]]}`),
            /// or the top label.
            var key: String? = nil
        }

        private let top: String?
        private var containers: [Container] = []

        init(top: String?) { self.top = top }

        /// The label of a value read now: the value before it and its key or array label, or the top label outside
        /// any container.
        var current: String? {
            guard let last = containers.last else { return top }
            let words = [last.previous, last.label].compactMap { $0 }
            return words.isEmpty ? nil : words.joined(separator: " ")
        }

        /// The words of the key of an object's member read now (`callerName`: `caller Name`), or in an array the key it
        /// stands under (`{"names":["Ann Lee"]}`: `names`); nil outside any container.
        var memberKey: String? {
            guard let last = containers.last else { return nil }
            return last.isObject ? last.label : last.key
        }

        /// Whether the next string is an object's key.
        var atKey: Bool { containers.last.map { $0.isObject && $0.atKey } ?? false }

        /// The label of a key read now: the label where its object stands, as an array's items have, so that the
        /// keys of a map under `ssns` (`{"ssns":{"123 456 789":"Jane"}}`) are labelled.
        var keyLabel: String? { containers.last?.outer }

        /// Records the key just read; the value after it is labelled by its words (`mfa_code`: `mfa code`).
        mutating func key(_ text: String) {
            containers[containers.count - 1].label = Redactor.labelWords(text)
            containers[containers.count - 1].atKey = false
        }

        /// Records a string or number value just read, as redacted: it labels the next value.
        mutating func value(_ redacted: String) {
            guard !containers.isEmpty else { return }
            containers[containers.count - 1].previous = redacted
        }

        /// Follows one byte outside strings and numbers.
        mutating func read(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "{"):
                let label = current
                clearPrevious()
                containers.append(Container(isObject: true, label: nil, atKey: true, previous: nil, outer: label))
            case UInt8(ascii: "["):
                let label = current
                let key = containers.isEmpty ? top : memberKey
                clearPrevious()
                containers.append(Container(isObject: false, label: label, atKey: false, previous: nil, key: key))
            case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = containers.popLast()
            case UInt8(ascii: ","):
                if containers.last?.isObject == true { containers[containers.count - 1].atKey = true }
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"): clearPrevious()
            default: break
            }
        }

        private mutating func clearPrevious() {
            if !containers.isEmpty { containers[containers.count - 1].previous = nil }
        }
    }
}
