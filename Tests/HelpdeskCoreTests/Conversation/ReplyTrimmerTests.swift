import XCTest
@testable import HelpdeskCore

/// Quoted earlier messages and signatures are left out of pasted email; anything else is kept as it is.
final class ReplyTrimmerTests: XCTestCase {
    static let cases: [(input: String, expected: String, reason: String)] = [
        ("forgot my password", "forgot my password", "one line"),
        ("forgot my password\nand lost my phone", "forgot my password\nand lost my phone", "nothing quoted"),
        ("Still no reset email.\n\n> On Tue, Support wrote:\n> Please request a reset.", "Still no reset email.\n", "quoted lines"),
        ("Still no email.\n  > indented quote\nThanks", "Still no email.\nThanks", "an indented quote"),
        ("Need TDS access.\n\nBest,\nRon\n--\nRon Ortiz, EA\nOrtiz Tax", "Need TDS access.\n\nBest,\nRon", "a signature"),
        ("Need TDS access.\n-- \nRon", "Need TDS access.", "the delimiter with its trailing space"),
        ("> only a quote", "> only a quote", "nothing would be left"),
        ("> quoted\n--\nsig", "> quoted\n--\nsig", "only a quote and a signature"),
        ("the range is 1 -- 5\nok", "the range is 1 -- 5\nok", "two dashes inside a line"),
        ("a > b\nreally", "a > b\nreally", "a '>' inside a line"),
    ]

    func testQuotesAndSignaturesAreLeftOut() {
        for (input, expected, reason) in Self.cases {
            XCTAssertEqual(ReplyTrimmer().trim(input), expected, reason)
        }
    }

    /// A sign-off line and the name, title, firm and phone lines right after it are signature; the first line that
    /// reads like more of the message ends it.
    static let signOffs: [(input: String, expected: String, lines: Int, reason: String)] = [
        ("forgot my password, how do I reset it?\nSent from my iPhone\n", "forgot my password, how do I reset it?", 1,
         "a mobile sign-off"),
        ("Hi,\nI need to reset my ID.me password.\n\nThanks,\nJane\n\nSent from my iPhone\n", "Hi,\nI need to reset my ID.me password.\n", 3,
         "a closing, a name and a mobile sign-off"),
        ("Hi,\nhow do I verify identity?\nThanks\nMaria\nOffice Manager\n", "Hi,\nhow do I verify identity?", 3,
         "a name and a title after the closing"),
        ("lost my phone\nBest regards,\nRon Ortiz, EA\nSmith & Jones CPA, LLC\n(555) 201-3344\nron@smithcpa.com", "lost my phone", 5,
         "a firm, a phone and an email"),
        ("forgot my password\nThanks,\nalso my phone was stolen so no code", "forgot my password\nalso my phone was stolen so no code", 1,
         "a line after the closing that says more"),
        ("forgot my password\nThanks,\nJane\nAlso I got a new phone and the code goes to the old one",
         "forgot my password\nAlso I got a new phone and the code goes to the old one", 2, "a long line ends the signature"),
        ("forgot my password\nThanks,\nMy account is locked too", "forgot my password\nMy account is locked too", 1,
         "a sentence with lowercase words"),
        ("forgot my password\nThanks,\nCan You Call Me?", "forgot my password\nCan You Call Me?", 1, "a question"),
        ("forgot my password\nThanks, also my phone was stolen", "forgot my password\nThanks, also my phone was stolen", 0,
         "a closing with more on its line is no sign-off"),
        ("Thanks,\nJane", "Thanks,\nJane", 0, "nothing would be left"),
        ("forgot my password\nGet Outlook for iOS", "forgot my password", 1, "Outlook's sign-off"),
        ("forgot my password\nSent from my Samsung Galaxy smartphone.", "forgot my password", 1, "case and punctuation ignored"),
    ]

    func testSignOffsAndTheLinesAfterThemAreLeftOut() {
        let trimmer = ReplyTrimmer(signOffs: ["thanks", "best regards", "Sent from my iPhone", "sent from my samsung galaxy smartphone",
                                              "get outlook for ios"])
        for (input, expected, lines, reason) in Self.signOffs {
            let (text, leftOut) = trimmer.trimming(input)
            XCTAssertEqual(text, expected, reason)
            XCTAssertEqual(leftOut.signatureLines, lines, reason)
        }
        XCTAssertEqual(ReplyTrimmer().trim("forgot my password\nSent from my iPhone"), "forgot my password\nSent from my iPhone",
                       "no sign-offs, nothing left out")
    }

    /// Lines after a sign-off: a tax firm's signature lines are left out, a line that says more is read.
    static let signatureLines: [(line: Substring, leftOut: Bool, reason: String)] = [
        ("Jane Doe, EA", true, "a name and a credential"),
        ("Enrolled Agent", true, "a title"),
        ("CPA, EA", true, "credentials"),
        ("IRS Authorized e-file Provider", true, "a title with one lowercase word, mostly capitalized"),
        ("Enrolled Agent | IRS Authorized e-file Provider", true, "titles between '|'"),
        ("Senior Tax Preparer | Smith & Co. CPAs", true, "a title and a firm between '|'"),
        ("Jane Doe, EA | Senior Tax Preparer | Smith & Co. CPAs | (555) 201-4477", true, "a long line of short pieces"),
        ("Office: (555) 201-4477", true, "a labelled phone"),
        ("cell: 555-201-4477", true, "a lowercase label before a phone"),
        ("Direct line / fax: 555.201.4477 ext 12", true, "a longer label with its colon"),
        ("email: jane@smithcpa.com", true, "a lowercase label before an email"),
        ("www.smithcpa.com", true, "a web address"),
        ("https://smithcpa.com/contact", true, "a web address with a path"),
        ("123 Main St, Suite 4", true, "a street address"),
        ("Springfield, IL 62704", true, "a city line"),
        ("[PHONE]", true, "a placeholder"),
        ("Maria", true, "a name"),
        ("Office Manager at Smith Tax", true, "a title with a short lowercase word"),
        ("also my phone was stolen and I can't get the code", false, "a sentence"),
        ("My account is locked too", false, "a sentence with lowercase words"),
        ("Also IRS TDS is locked", false, "mostly capitalized, but it ends like a sentence"),
        ("My IRS account locked", false, "half capitalized is not most"),
        ("Enrolled Agent | my account is locked", false, "one piece that says more"),
        ("my new cell is 555-201-3344 now", false, "a phone inside a sentence"),
        ("please call me at 555-201-3344", false, "a request with a phone"),
        ("Can You Call Me?", false, "a question"),
        ("Office: (555) 201-4477?", false, "a question mark"),
        ("Senior Tax Preparer at Smith and Jones Tax Services", false, "more than six words in one piece"),
        ("|", false, "no words"),
        // Titles and firms in lowercase, with the signature words "manager", "preparer", "senior", "accountant"...
        ("Office manager", true, "a title in lowercase after its first word"),
        ("tax preparer", true, "a title all in lowercase"),
        ("Senior tax accountant", true, "a longer lowercase title"),
        ("Administrative assistant to the partners", true, "a title with short words between"),
        ("Smith and Jones accounting services", true, "a firm in lowercase"),
        ("my manager is locked out", false, "a signature word in a sentence"),
        ("new phone too", false, "a short line that is no title"),
        ("P.S. also my phone number changed", false, "a postscript"),
        ("P.S. new phone", false, "a short postscript: 'P.S.' is no web address"),
        ("U.S. Tax Group", true, "initials capitalized"),
    ]

    /// The trimmer whose signature words are those the lowercase titles in `signatureLines` use.
    static let titleWords = ReplyTrimmer(signOffs: ["thanks"], signatureWords: ["manager", "preparer", "Senior", "accountant",
                                                                                "administrative", "assistant", "partners",
                                                                                "accounting", "services"])

    func testSignatureLinesAfterASignOff() {
        for (line, leftOut, reason) in Self.signatureLines {
            XCTAssertEqual(Self.titleWords.isSignatureLine(line), leftOut, reason)
        }
        XCTAssertFalse(ReplyTrimmer().isSignatureLine("Office manager"), "without signature words, a lowercase title is read")
        let trimmer = ReplyTrimmer(signOffs: ["thanks"])
        let email = "Hi, I am locked out of ID.me.\nThanks,\nJane Doe, EA\nEnrolled Agent | IRS Authorized e-file Provider\n"
        let (text, leftOut) = trimmer.trimming(email)
        XCTAssertEqual(text, "Hi, I am locked out of ID.me.", "a tax firm's signature after the sign-off")
        XCTAssertEqual(leftOut.signatureLines, 3)
        let more = "forgot my password\nThanks,\nJane Doe, EA\nOffice: (555) 201-4477\nMy account is locked too"
        XCTAssertEqual(trimmer.trim(more), "forgot my password\nMy account is locked too", "a sentence after the contact line is read")
    }

    static let transcripts: [(input: String, expected: String, reason: String)] = [
        ("[14:31] agent: what happens when you log in?\n[14:32] caller: password ok but no code\n[14:32] Agent: got it",
         "password ok but no code", "bracketed time stamps, any case; the caller's label goes too"),
        ("10:42 am rep: hello\n10:43 am cx: my phone is new", "my phone is new", "a time with am"),
        ("10:42:07 agent: hi\ncx: locked out", "locked out", "a time with seconds"),
        ("agent: hi\nme: I forgot my password", "I forgot my password", "no time stamp"),
        ("agent: hi\nagent: anything else?", "agent: hi\nagent: anything else?", "nothing but agent lines"),
        ("the agent said: call ID.me\nok", "the agent said: call ID.me\nok", "a label that is not first"),
        ("Agent Tom: hi\ncx: locked", "Agent Tom: hi\ncx: locked", "a label with a name is not the label"),
    ]

    func testTheAgentsLinesOfAChatAreLeftOut() {
        let trimmer = ReplyTrimmer(agentLabels: ["agent", "rep"])
        for (input, expected, reason) in Self.transcripts {
            XCTAssertEqual(trimmer.trim(input), expected, reason)
        }
        XCTAssertEqual(ReplyTrimmer().trim("agent: hi\ncx: locked"), "agent: hi\ncx: locked", "no labels, no agent lines")
    }
}

extension ReplyTrimmerTests {
    func testItCountsWhatItLeavesOut() {
        let trimmer = ReplyTrimmer(agentLabels: ["agent"])
        let pasted = "[10:01] agent: hi\ncx: locked out of ID.me\n> old reply\n> more\n--\nRon\nOrtiz Tax"
        let (text, leftOut) = trimmer.trimming(pasted)
        XCTAssertEqual(text, "locked out of ID.me")
        XCTAssertEqual(leftOut, ReplyTrimmer.LeftOut(quotedLines: 2, agentLines: 1, signatureLines: 3, speakerLabels: 1))
        XCTAssertEqual(trimmer.trimming("> only a quote").leftOut, ReplyTrimmer.LeftOut(), "given back whole, nothing left out")
        XCTAssertTrue(trimmer.trimming("one line").leftOut.isEmpty)
    }
}

extension ReplyTrimmerTests {
    /// Line, and its speaker label and content (nil: no speaker line).
    static let speakerLines: [(line: String, label: String?, content: String?)] = [
        ("[10:42] agent: are you signed in?", "agent", "are you signed in?"),
        ("10:42 am cx: hi", "cx", "hi"),
        ("caller says: locked out", "caller says", "locked out"),
        ("the agent said: call ID.me", nil, nil),  // three words: a sentence, not a label
        ("note 2: call back", nil, nil),           // a digit: not a label
        ("no colon here", nil, nil),
    ]

    func testSpeakerLabels() {
        let trimmer = ReplyTrimmer(agentLabels: ["agent", "tier 1", "help desk agent"])
        XCTAssertEqual(trimmer.speakerLine("tier 1: try again"[...])?.label, "tier 1", "an agent label may hold a digit")
        XCTAssertEqual(trimmer.speakerLine("Help Desk Agent: hi"[...])?.label, "help desk agent", "or three words")
        XCTAssertEqual(trimmer.trim("[09:00] tier 1: did it arrive?\ncx: no"), "no", "and its lines are left out")
        for row in Self.speakerLines {
            let speaker = trimmer.speakerLine(row.line[...])
            XCTAssertEqual(speaker?.label, row.label, row.line)
            XCTAssertEqual(speaker.map { String($0.content) }, row.content, row.line)
        }
    }

    /// Kept for context, the help desk's lines lose only their time stamps and labels, as every other line does.
    func testKeepingTheAgentsLines() {
        let trimmer = ReplyTrimmer(agentLabels: ["agent"])
        let pasted = "[10:01] agent: did the reset email come?\n[10:02] cx: no\n> old reply"
        let (text, leftOut) = trimmer.trimming(pasted, keepingAgentLines: true)
        XCTAssertEqual(text, "did the reset email come?\nno")
        XCTAssertEqual(leftOut, ReplyTrimmer.LeftOut(quotedLines: 1, speakerLabels: 2, agentLinesKept: true))
        XCTAssertEqual(trimmer.trimming(pasted).text, "no", "by default the agent's lines go")
    }
}

extension ReplyTrimmerTests {
    /// Pasted text, and what its subject lines say (none without a body).
    static let subjects: [(input: String, expected: [String])] = [
        ("Subject: urgent - cant get in\nDescription: the code goes to her old number", ["urgent - cant get in"]),
        ("RE: Fwd: locked out\n\nsee below, thanks", ["locked out"]),
        ("subj: new phone\n[10:01] Subject: code\nbody here", ["new phone", "code"]),
        ("Subject: locked out of ID.me", []),                      // no body: the subject is the question
        ("Subject: locked out\n\n123", []),                        // a body without letters is none
        ("the subject: my password\nand more", []),                // a label that is not first
        ("locked out, no subject line\nsecond line", []),
        ("Subject: locked out\r\nbody here", ["locked out"]),      // Windows line breaks
    ]

    /// A reply separator line ("-----Original Message-----") opens the quoted earlier message: it and every line after
    /// it are quoted lines.
    static let separators: [(input: String, expected: String, quoted: Int, reason: String)] = [
        ("Still locked out.\n\n-----Original Message-----\nFrom: Jane\nSent: Monday\nTo: Help\nSubject: new phone\n\nnew phone, no code",
         "Still locked out.\n", 7, "Outlook's separator and header block"),
        ("Still locked out.\n________________________________ Original Message ________\nFrom: Jane", "Still locked out.", 2,
         "underscores and case"),
        ("the original message never came\nstill locked", "the original message never came\nstill locked", 0,
         "more than the separator on the line"),
        ("-----Original Message-----\nFrom: Jane\nI forgot my password", "-----Original Message-----\nFrom: Jane\nI forgot my password", 0,
         "nothing would be left"),
    ]

    func testAReplySeparatorOpensTheQuotedMessage() {
        let trimmer = ReplyTrimmer(replySeparators: ["original message"])
        for (input, expected, quoted, reason) in Self.separators {
            let (text, leftOut) = trimmer.trimming(input)
            XCTAssertEqual(text, expected, reason)
            XCTAssertEqual(leftOut.quotedLines, quoted, reason)
        }
    }

    /// A forwarded message is the question: its separator line is left out, a header block right after it heads it
    /// (only its subject is read), and its body is read. A header block after the writer's text without one opens a
    /// quoted message (a forwarded client's email answered "what can you do" for "Can you help with this one?").
    static let forwards: [(input: String, expected: String, headerLines: Int, quoted: Int, reason: String)] = [
        ("Can you help with this one?\n\n---------- Forwarded message ---------\nFrom: Jane <[EMAIL]>\nDate: Mon\nSubject: cant log in\nTo: <[EMAIL]>\n\nnew phone, no code",
         "Can you help with this one?\n\nSubject: cant log in\n\nnew phone, no code", 4, 0, "Gmail's forward"),
        ("see below\nBegin forwarded message:\n\nFrom: Jane\nSubject: locked\nDate: Mon\n\nmy account is locked",
         "see below\n\nSubject: locked\n\nmy account is locked", 3, 0, "Apple Mail's forward, a blank line before its header"),
        ("Can you help with this one?\n\nFrom: Jane\nSent: Monday\nTo: Help\nSubject: new phone\n\nnew phone, no code",
         "Can you help with this one?\n", 0, 6, "no forward line: a quoted message"),
        ("fyi\n---------- Forwarded message ---------\nmy account is locked", "fyi\nmy account is locked", 1, 0,
         "no header block"),
    ]

    func testAForwardedMessageIsRead() {
        let trimmer = ReplyTrimmer(subjectLabels: ["subject"], replyHeaderLabels: ["from", "sent", "date", "to", "subject"],
                                   forwardSeparators: ["forwarded message", "begin forwarded message"])
        for (input, expected, headerLines, quoted, reason) in Self.forwards {
            let (text, leftOut) = trimmer.trimming(input)
            XCTAssertEqual(text, expected, reason)
            XCTAssertEqual(leftOut.headerLines, headerLines, reason)
            XCTAssertEqual(leftOut.quotedLines, quoted, reason)
        }
    }

    /// A chat pasted as one line is cut into turns where a speaker label follows a sentence end; the agent's turns are
    /// left out as their lines are.
    static let turns: [(input: String, expected: String, agentLines: Int, reason: String)] = [
        ("Caller: I can't get in. Agent: what happens when you try? Caller: it says my account is locked",
         "I can't get in.\nit says my account is locked", 1, "both sides on one line"),
        ("I can't get in. Agent: what happens when you try? Caller: it says locked", "I can't get in.\nit says locked", 1,
         "an agent's label mid-line, the line opening without one"),
        ("[10:01] cx: no code. [10:02] agent: which phone? [10:03] cx: the old one", "no code.\nthe old one", 1, "time stamps"),
        ("I tried this. Error: account locked", "I tried this. Error: account locked", 0, "no speaker label, no agent's"),
        ("agent: did the code come?\ncaller: no. it says: locked", "no. it says: locked", 1, "a label-like word in a caller's turn"),
    ]

    func testSpeakerTurnsWithinALine() {
        let trimmer = ReplyTrimmer(agentLabels: ["agent"])
        for (input, expected, agentLines, reason) in Self.turns {
            let (text, leftOut) = trimmer.trimming(input)
            XCTAssertEqual(text, expected, reason)
            XCTAssertEqual(leftOut.agentLines, agentLines, reason)
        }
    }

    /// The sign-off after the last sentence of a line, and what comes before it.
    static let closings: [(input: String, head: String?, signOff: String?)] = [
        ("My account is locked. Sent from my iPhone", "My account is locked.", "Sent from my iPhone"),
        ("Locked out! Thanks.\n", "Locked out!", "Thanks."),
        ("forgot my password\nWhy? Sent from my iPhone", "forgot my password\nWhy?", "Sent from my iPhone"),
        ("Sent from my iPhone", nil, nil),
        ("... Sent from my iPhone", nil, nil),
        ("Thanks, also my phone was stolen", nil, nil),
        ("cant log in, Sent from my iPhone", "cant log in,", "Sent from my iPhone"),
        ("Hi, thanks", "Hi,", "thanks"),
        ("Locked out. Sent from my iPhone today", nil, nil),
        ("Locked out.\nSent from my iPhone", nil, nil),
    ]

    func testClosingSignOff() {
        let trimmer = ReplyTrimmer(signOffs: ["thanks", "sent from my iphone"])
        for (input, head, signOff) in Self.closings {
            let found = trimmer.closingSignOff(input)
            XCTAssertEqual(found?.head, head, input)
            XCTAssertEqual(found?.signOff, signOff, input)
        }
        XCTAssertNil(ReplyTrimmer().closingSignOff("Locked out. Thanks"), "no sign-offs")
    }

    /// A line is told no sign-off by its first word when that starts none of them; any line that is one passes.
    func testMayBeSignOff() {
        let trimmer = ReplyTrimmer(signOffs: ["thanks", "sent from my iphone", "best regards"])
        let cases: [(line: String, may: Bool)] = [
            ("Sent from my iPhone", true), ("  THANKS!", true), ("...best regards", true), ("sent it twice", true),
            ("Ｔhanks", true), ("what is my balance", false), ("thank you", false), ("", false), ("sentence", false),
        ]
        for (line, may) in cases {
            XCTAssertEqual(trimmer.mayBeSignOff(line), may, line)
        }
        XCTAssertFalse(ReplyTrimmer().mayBeSignOff("thanks"), "no sign-offs")
    }

    /// Text that is only sign-offs and their signature is kept whole, and said to be so.
    func testSignOffOnly() {
        let trimmer = ReplyTrimmer(signOffs: ["thanks", "sent from my iphone"])
        let cases: [(input: String, signOffOnly: Bool)] = [
            ("Sent from my iPhone", true), ("Sent from my iPhone\n", true), ("Thanks,\nJane", true), ("Thanks", true),
            ("forgot my password", false), ("forgot my password\nThanks", false), ("> quoted\nThanks", false),
        ]
        for (input, signOffOnly) in cases {
            XCTAssertEqual(trimmer.trimming(input).leftOut.signOffOnly, signOffOnly, input)
        }
    }

    func testSubjectLinesAreReadWhenABodyFollows() {
        let trimmer = ReplyTrimmer(subjectLabels: ["Subject", "subj", "re", "fwd"])
        for (input, expected) in Self.subjects {
            XCTAssertEqual(trimmer.subjects(in: input).map(String.init), expected, input)
        }
        XCTAssertEqual(ReplyTrimmer().subjects(in: "Subject: locked\nbody"), [], "no labels, no subjects")
    }
}
