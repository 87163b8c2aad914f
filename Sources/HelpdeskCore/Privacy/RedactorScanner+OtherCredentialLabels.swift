/// Credential labels the knowledge base lists: password labels of other languages ("contraseña: Maple2023", "mot de
/// passe: Maple2023": `other_password_labels`) and more labels of a one-time code of six to eight digits ("2fa
/// 482913", "mfa: 482913", "token 482913": `other_code_labels`).
extension RedactorScanner {
    /// The listed label at `index`, and where it ends; nil when none stands there.
    func otherCredentialLabel(at index: Int) -> (CredentialLabel, Int)? {
        let first = lower(byte(index))
        guard words.otherCredentialLabelInitials[Int(first)] else { return nil }
        for label in words.otherPasswordLabels where label.utf8.first == first {
            if let end = accentedWordEnd(label, at: index), !isWordByte(byte(end)), byte(end) < 0x80 {
                return (CredentialLabel(word: label, kind: .password), end)
            }
        }
        for label in words.otherCodeLabels where label.utf8.first == first && hasWord(label, at: index) {
            let end = index + label.utf8.count
            if !isWordByte(byte(end)) {
                return (CredentialLabel(word: label, kind: .oneTimeCode, fewestDigits: 6, fewestRightAfter: 6), end)
            }
        }
        return nil
    }
}
