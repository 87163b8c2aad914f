/// The values after labels that need no digit, read in one pass over the text: a user name and password said as a
/// pair (`credentialPair(at:)`), passwords with spaces
/// (`spacedPassword(at:)`) or after a verb of using (`usedPassword(at:)`), backup and recovery codes (`recoveryCode(at:)`), license and account numbers and user
/// names (`accountID(at:)`), postal addresses (`addressValue(at:)`), user names and recovery codes said before
/// their label (`idBefore(labelAt:)`), an authenticator's seed (`authenticatorSeed(at:)`), a MAC address without
/// separators after its label (`labeledMACAddress(at:)`), and the answers to security questions (`securityAnswer(at:)`, after the knowledge
/// base's labels, whatever letters they start with). Their labels start with `a`, `b`, `d`, `l`, `p`, `r`, `s` or `u` (a seed's and a MAC address's with `k`, `m` or
/// `s`); any other
/// byte is passed over on one test, since `scan()` reads every text this way, not only those with a digit.
extension RedactorScanner {
    func valuesWithoutDigits() -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        let count = bytes.count
        let answerInitials = answerLabels.initials
        while index < count {
            let letter = (bytes[index] | 0x20) &- 0x61
            let initial: UInt32 = letter < 26 ? 1 << letter : 0
            if (Self.labelInitials | words.pairUserLabelInitials) & initial != 0, startsToken(index) {
                // `usedPassword(at:)` only where a label can start: the call alone cost 90 instructions a batch line.
                let startsPassword = bytes[index] | 0x20 == ASCII.lowerP
                // "u: jdoe p: Maple2023", "login jdoe / Maple2023": a user name and its password.
                if words.pairUserLabelInitials & initial != 0, let pair = credentialPair(at: index) {
                    hits += [pair.user, pair.password]
                    index = pair.password.end
                    continue
                }
                if let hit = spacedPassword(at: index) ?? (startsPassword ? usedPassword(at: index) : nil) ?? recoveryCode(at: index)
                    ?? accountID(at: index) ?? addressValue(at: index) {
                    hits.append(hit)
                    index = hit.end
                    // Every code of a list: "recovery codes: 1a2b3c4d 5e6f7g8h".
                    while hit.kind == .oneTimeCode, let next = nextRecoveryCode(after: index) {
                        hits.append(next)
                        index = next.end
                    }
                    continue
                }
                // "jdoe42 is my username": the value before the label.
                if let hit = idBefore(labelAt: index) { hits.append(hit) }
            }
            // "totp seed JBSWY3DPEHPK3PXP", "mac 001A2B3C4D5E": labels of their own initials, read apart from the others.
            if Self.secretInitials & initial != 0, startsToken(index), let hit = authenticatorSeed(at: index) ?? labeledMACAddress(at: index) {
                hits.append(hit)
                index = hit.end
                continue
            }
            // "security question answer is Fluffy": the knowledge base's labels.
            if answerInitials & initial != 0, startsToken(index), let hit = securityAnswer(at: index) {
                hits.append(hit)
                index = hit.end
                continue
            }
            index += 1
        }
        return hits
    }

    /// `a`, `b`, `d`, `l`, `p`, `r`, `s`, `u`, as bits counted from `a`.
    private static let labelInitials: UInt32 = 1 << 0 | 1 << 1 | 1 << 3 | 1 << 11 | 1 << 15 | 1 << 17 | 1 << 18 | 1 << 20
    /// `k`, `m`, `s`: the initials of `authenticatorSeed(at:)`'s and `labeledMACAddress(at:)`'s labels.
    private static let secretInitials: UInt32 = 1 << 10 | 1 << 12 | 1 << 18
}
