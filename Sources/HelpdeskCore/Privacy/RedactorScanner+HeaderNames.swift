/// Names on an email header or ticket line (`unlabeledNames()`): "From: Maria Gomez <mgomez@firm.com>", "To: John
/// Smith; Ann Lee", "Reported by: Linda Cho".
extension RedactorScanner {
    /// The names on a header line that opens with one of `contexts.headerLabels` and a colon, or nil for another line:
    /// each in a list split by `,` or `;`, maybe quoted or before its address in `<...>`.
    func headerNames(_ line: Range<Int>, _ contexts: NameContexts.Lists) -> [Hit]? {
        let first = lower(bytes[line.lowerBound])
        guard let label = contexts.headerLabels.first(where: { label in
            label[0] == first && label.count < line.count
                && label.indices.allSatisfy { lower(bytes[line.lowerBound + $0]) == label[$0] }
        }) else { return nil }
        var position = line.lowerBound + label.count
        while isSpace(byte(position)) { position += 1 }
        guard byte(position) == ASCII.colon else { return nil }
        var hits: [Hit] = []
        while position < line.upperBound {
            position += 1
            while position < line.upperBound, isSpace(bytes[position]) || bytes[position] == 0x22 { position += 1 }
            guard let end = nameEnd(from: position, contexts) else { break }
            hits.append(Hit(kind: .name, start: position, end: end))
            position = end
            while position < line.upperBound, bytes[position] != ASCII.comma, bytes[position] != 0x3B { position += 1 }
        }
        return hits
    }
}
