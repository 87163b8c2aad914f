/// The byte classes, month names and label words the patterns test: members rather than free functions, so that no
/// name here can clash with another file of the module.
extension RedactorScanner {
    enum ASCII {
        static let tab: UInt8 = 0x09
        static let space: UInt8 = 0x20
        static let hash = UInt8(ascii: "#")
        static let dollar = UInt8(ascii: "$")
        static let openParenthesis = UInt8(ascii: "(")
        static let closeParenthesis = UInt8(ascii: ")")
        static let underscore = UInt8(ascii: "_")
        static let openBracket = UInt8(ascii: "[")
        static let closeBracket = UInt8(ascii: "]")
        static let openBrace = UInt8(ascii: "{")
        static let closeBrace = UInt8(ascii: "}")
        static let plus = UInt8(ascii: "+")
        static let comma = UInt8(ascii: ",")
        static let dash = UInt8(ascii: "-")
        static let period = UInt8(ascii: ".")
        static let slash = UInt8(ascii: "/")
        static let percent = UInt8(ascii: "%")
        static let zero = UInt8(ascii: "0")
        static let four = UInt8(ascii: "4")
        static let one = UInt8(ascii: "1")
        static let nine = UInt8(ascii: "9")
        static let colon = UInt8(ascii: ":")
        static let equals = UInt8(ascii: "=")
        static let at = UInt8(ascii: "@")
        static let upperP = UInt8(ascii: "P")
        static let lowerA = UInt8(ascii: "a")
        static let lowerB = UInt8(ascii: "b")
        static let lowerC = UInt8(ascii: "c")
        static let lowerD = UInt8(ascii: "d")
        static let lowerH = UInt8(ascii: "h")
        static let lowerN = UInt8(ascii: "n")
        static let lowerO = UInt8(ascii: "o")
        static let lowerP = UInt8(ascii: "p")
        static let lowerR = UInt8(ascii: "r")
        static let lowerS = UInt8(ascii: "s")
        static let lowerT = UInt8(ascii: "t")
        static let lowerX = UInt8(ascii: "x")
    }

    /// `.`, `,`, `;`, `:`, `!`, `?`, `)`: marks that end a sentence or clause, after a value and no part of it (a word
    /// of an address value or of a spaced password; without `:`, after a login). The scanners' marks stay here with
    /// the byte classes, not in the knowledge base's lists: those hold a language's words and labels, while these are
    /// the punctuation of any text, compared byte by byte.
    static let clauseMarks: Set<UInt8> = [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29]

    /// Month names by their first three letters packed into an integer; the three letters alone are an abbreviation, as is `sept`.
    static let monthNames: [UInt32: String] = Dictionary(uniqueKeysWithValues: [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ].map { name in (name.utf8.prefix(3).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }, name) })

    /// A space or a tab.
    @inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    /// A space, a tab or a line break.
    @inline(__always) func isSpaceOrBreak(_ byte: UInt8) -> Bool { isSpace(byte) || byte == 0x0A || byte == 0x0D }

    @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) func isLetterOrDigit(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
    @inline(__always) func isWordByte(_ byte: UInt8) -> Bool { isLetterOrDigit(byte) || byte == 0x5F }
    @inline(__always) func lower(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte | 0x20 : byte }
    @inline(__always) func isNANPDigit(_ byte: UInt8) -> Bool { byte >= 0x32 && byte <= 0x39 }

    /// Characters allowed before the `@` of an email address: letters, digits and `._%+-'`.
    func isEmailLocalByte(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || byte == 0x2E || byte == 0x5F || byte == 0x25 || byte == 0x2B || byte == 0x2D || byte == 0x27
    }

    /// `dob`, `born`, `bday`, `birth…` (birthday, birthdate).
    func isBirthLabel(_ word: [UInt8]) -> Bool {
        word.elementsEqual("dob".utf8) || word.elementsEqual("born".utf8) || word.elementsEqual("bday".utf8)
            || word.starts(with: "birth".utf8)
    }

    /// `ssn`, `ssns`; `social` counts only right before the number or as `social security` (`labeledTripleGroups`).
    func isSSNLabel(_ word: [UInt8]) -> Bool {
        word.elementsEqual("ssn".utf8) || word.elementsEqual("ssns".utf8)
    }

    /// `ptin`, `ptins`.
    func isPTINLabel(_ word: [UInt8]) -> Bool {
        word.elementsEqual("ptin".utf8) || word.elementsEqual("ptins".utf8)
    }

    /// Words that say a phone number follows: `call…`, `phone…`, `cell…`, `tel`, `telephone`, `mobile`, `text…`,
    /// `fax`, `number…`, `reach…`, `ring…`, `contact…`, `dial…`, `sms`, `whatsapp`, `voicemail`.
    func isPhoneLabel(_ word: [UInt8]) -> Bool {
        if word.elementsEqual("tel".utf8) || word.elementsEqual("fax".utf8) || word.elementsEqual("sms".utf8) {
            return true
        }
        return Self.phoneLabelPrefixes.contains { word.starts(with: $0.utf8) }
    }

    static let phoneLabelPrefixes = [
        "call", "phone", "cell", "telephone", "mobile", "text", "number", "reach", "ring", "contact", "dial",
        "whatsapp", "voicemail",
    ]

    /// `ein`, `fein`, `employer…` (employer identification number, employer's ID).
    func isEINLabel(_ word: [UInt8]) -> Bool {
        word.elementsEqual("ein".utf8) || word.elementsEqual("fein".utf8) || word.starts(with: "employer".utf8)
    }

    /// An EIN label, or a word that names a tax ID before the 2-7 shape only an EIN has: `tin`, `tins`, `tax`,
    /// `federal`, `fed`. (Before 9 digits in a row, which an SSN has too, they do not make it an EIN.)
    func isSpacedEINLabel(_ word: [UInt8]) -> Bool {
        isEINLabel(word) || ["tin", "tins", "tax", "federal", "fed"].contains { word.elementsEqual($0.utf8) }
    }
}
