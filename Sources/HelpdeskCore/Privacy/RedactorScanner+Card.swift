extension RedactorScanner {
    // MARK: Card numbers

    /// `4111 1111 1111 1111`, `4111-1111-1111-1111`, `3782 822463 10005`: one separator kind throughout.
    func groupedCardNumber(at start: Int) -> Hit? {
        let firstSeparator = max(spaceWidth(start + 4), dashWidth(start + 4))
        guard firstSeparator > 0, isDigit(byte(start + 4 + firstSeparator)) else { return nil }
        var starts = [start]
        var lengths = [4]
        var position = start + 4
        var separatorKind = 0
        while starts.count < 5 {
            var width = spaceWidth(position)
            var kind = 1
            if width == 0 {
                width = dashWidth(position)
                kind = 2
            }
            let length = digitRun(at: position + width)
            guard width > 0, separatorKind == 0 || separatorKind == kind, (1...6).contains(length) else { break }
            separatorKind = kind
            starts.append(position + width)
            lengths.append(length)
            position += width + length
        }
        guard starts.count >= 3 else { return nil }
        for groups in stride(from: starts.count, through: 3, by: -1) {
            let shape = lengths[..<groups]
            let total = shape.reduce(0, +)
            let isFours = shape.dropLast().allSatisfy { $0 == 4 } && shape[groups - 1] <= 4
            let isAmexLike = groups == 3 && shape[1] == 6 && (shape[2] == 5 || shape[2] == 4)
            let end = starts[groups - 1] + lengths[groups - 1]
            guard (13...19).contains(total), isFours || isAmexLike, endsToken(end) else { continue }
            var digits: [UInt8] = []
            for group in 0..<groups { digits.append(contentsOf: bytes[starts[group]..<starts[group] + lengths[group]]) }
            if isCardNumber(digits) { return Hit(kind: .cardNumber, start: start, end: end) }
        }
        return nil
    }

    /// Luhn check plus a card prefix: 3 (Amex, Diners, JCB), 4 (Visa), 5 (Mastercard), 6 (Discover, UnionPay), 2221–2720 (Mastercard).
    func isCardNumber(_ digits: [UInt8]) -> Bool {
        let values = digits.map { Int($0 &- ASCII.zero) }
        switch values[0] {
        case 3...6: break
        case 2:
            let prefix = values[0] * 1000 + values[1] * 100 + values[2] * 10 + values[3]
            guard (2221...2720).contains(prefix) else { return false }
        default:
            return false
        }
        var sum = 0
        for (offset, value) in values.reversed().enumerated() {
            let doubled = offset % 2 == 1 ? value * 2 : value
            sum += doubled > 9 ? doubled - 9 : doubled
        }
        return sum % 10 == 0
    }
}
