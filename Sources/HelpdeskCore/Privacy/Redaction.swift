/// One piece of personal data the `Redactor` found: what kind it is and where it sits in the scanned text.
public struct Redaction: Sendable, Equatable {
    /// What was found; decides the placeholder that replaces it.
    public let kind: Kind
    /// Where it is in the text given to `Redactor.findings(in:)`; valid only for that string.
    public let range: Range<String.Index>

    public init(kind: Kind, range: Range<String.Index>) {
        self.kind = kind
        self.range = range
    }

    /// The kinds of personal data the redactor recognizes.
    public enum Kind: String, Sendable, CaseIterable {
        case ssn, itin, ein, ptin, phone, email, dateOfBirth, cardNumber, password, oneTimeCode, accountNumber, licenseNumber,
            username, efin, caf, address, name, routingNumber, medicareNumber, ipAddress, macAddress

        /// The text that replaces a finding of this kind, e.g. `[SSN]`; it holds no digits, so redacting twice changes nothing.
        public var placeholder: String {
            switch self {
            case .ssn: "[SSN]"
            case .itin: "[ITIN]"
            case .ein: "[EIN]"
            case .ptin: "[PTIN]"
            case .phone: "[PHONE]"
            case .email: "[EMAIL]"
            case .dateOfBirth: "[DOB]"
            case .cardNumber: "[CARD]"
            case .password: "[PASSWORD]"
            case .oneTimeCode: "[CODE]"
            case .accountNumber: "[ACCOUNT]"
            case .licenseNumber: "[LICENSE]"
            case .username: "[USERNAME]"
            case .efin: "[EFIN]"
            case .caf: "[CAF]"
            case .address: "[ADDRESS]"
            case .name: "[NAME]"
            case .routingNumber: "[ROUTING]"
            case .medicareNumber: "[MEDICARE]"
            case .ipAddress: "[IP]"
            case .macAddress: "[MAC]"
            }
        }

        /// Breaks ties between findings of equal length over the same text: the more specific kind wins.
        var specificity: Int {
            switch self {
            case .phone: 1
            case .ssn: 2
            case .itin: 3
            case .ein: 4
            case .dateOfBirth: 5
            case .ptin: 6
            case .cardNumber: 7
            case .email: 8
            case .accountNumber, .licenseNumber, .efin, .caf, .routingNumber, .medicareNumber, .ipAddress, .macAddress: 9
            case .password, .oneTimeCode, .username, .address: 0
            // "user name: JDoe" is a user name, though `name:` labels a person's name.
            case .name: -1
            }
        }
    }
}
