/// Nine digits read out digit by digit with no label: "caller read out 5 1 8 2 2 7 3 9 4 for verification", "my
/// number is five one eight two two seven three nine four". Typed whole (`518227394`) they are an SSN without a label,
/// so read out they are too: a false `[SSN]` costs little, a leak much.
///
/// A reading counts when it has five pieces or more (`5 1 8 2 2 7 3 9 4`, `five one eight 22 7 3 9 4`), no `,` between
/// them (`1, 2, 3` is a list), and its digits do not count up or down one by one (`steps 1 2 3 4 5 6 7 8 9`, `one
/// two three ... nine`, `9 8 7 ... 1`: `isCountingRun`). It does not count after an id's label (`case number 5 1 8
/// ...`, `error code 5 1 8 ...`: `followsReferenceLabel`) or any word that names another number among the four words
/// before it (`isOtherNumberLabel`: `ticket`, `account`, `error`...).
extension RedactorScanner {
    func isDigitByDigit(_ number: SpokenNumber) -> Bool {
        guard number.pieces.count >= 5, !number.commaBreak, !isCountingRun(number.digits) else { return false }
        return !followsReferenceLabel(number.start)
            && !precedingWords(before: number.start, limit: 4, include: isOtherNumberLabel)
    }

    /// Whether each digit is one more than the one before it (9 then 0 too), or each one less: a count, not a number.
    func isCountingRun(_ digits: [UInt8]) -> Bool {
        guard digits.count > 1 else { return false }
        let step = (digits[1] &+ 10 &- digits[0]) % 10
        guard step == 1 || step == 9 else { return false }
        return zip(digits, digits.dropFirst()).allSatisfy { ($1 &+ 10 &- $0) % 10 == step }
    }
}
