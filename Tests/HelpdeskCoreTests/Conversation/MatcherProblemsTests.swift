import XCTest
@testable import HelpdeskCore

/// `Matcher.matchProblems` finds each distinct problem in pasted caller text, in order, and ignores chit-chat and filler.
final class MatcherProblemsTests: XCTestCase {
    /// Pasted text, the primary entry (nil: no answer), and the further problems' entries.
    static let cases: [(text: String, primary: String?, also: [String])] = [
        ("forgot my id.me password", "reset-idme-password", []),
        ("I forgot my password. Also my phone was stolen so I can't get the code.", "reset-idme-password", ["mfa-recovery"]),
        ("Hi, this is Jane from Smith CPA. My client forgot her password and also got a new phone so the code doesn't come. Thanks!",
         "reset-idme-password", ["mfa-recovery"]),
        ("Hi there! I need to create an ID.me account for a new hire. Also, what's the e-help desk number?",
         "create-idme-account", ["e-help-desk"]),
        // A step finished is background: what comes after it is the question.
        ("I finished MFA recovery. Do I need to do anything on the IRS side before I can use e-services?", "back-to-irs-tools", []),
        // A one-word sentence is too little to answer for the whole text ("Fix." answered getting back into IRS tools).
        ("The 2-step thing won't let me in. New iPhone. Fix.", "mfa-recovery", []),
        // The whole text's topic comes first, wherever it stands; the text's order was what-is-idme first.
        ("I have id.me for other agency. IRS say upgrade. What they need?", "upgrade-idme-account", ["what-is-idme"]),
        // A ticket's field before a person's name is who raised it; a line of other words before a name asks something.
        ("Contact: Dana Whitfield\nnew phone no code", "mfa-recovery", []),
        ("Password reset for: Maria Gomez", "reset-idme-password", []),
        // A heading before a name keeps its colon: "Note" read as part of the sentence after it ("note lost her phone").
        ("Note: Priya Nair lost her phone on a trip, cannot do the 2-factor", "mfa-recovery", []),
        // A close call between two topics, one on each side of "and": both problems, not a choice between them.
        ("forgot my password and new phone no code", "reset-idme-password", ["mfa-recovery"]),
        // An answer whose runner-up is as likely is cut the same way; the answer's topic comes first.
        ("She forgot her ID.me password and her new phone doesn't get the code.", "reset-idme-password", ["mfa-recovery"]),
        ("forgot my password and the reset email never came", "reset-email-not-received", ["reset-idme-password"]),
        // A part that is itself torn between the two topics makes one problem, not two.
        ("I got a new iphone and the id me code goes to the old one which I already traded in how do I sign in", "mfa-recovery", []),
        // A numbered list: its items in order, a two-word item that the lexicon makes one term among them.
        ("1. locked out 2. duplicate account", "locked-account", ["multiple-idme-accounts"]),
        ("Two things: 1) forgot password 2) new phone", "reset-idme-password", ["mfa-recovery"]),
        // A step that worked is background: the problem is what came after it.
        ("She did the forgot password thing and changed it, and that part worked. But now it's asking her for a code from the authenticator app and she got a new iPhone.",
         "mfa-recovery", []),
        // A piece that only says a step worked points back at the piece before it: that problem is background.
        ("did the forgot password thing, and that part worked. But now it wants a code i cant get", "mfa-recovery", []),
        // A step done beside "and" in a close call is no problem of its own.
        ("I reset my password and it worked. The code goes to my old phone", "mfa-recovery", []),
        // A piece about something else that is fine points back at nothing: both problems stand.
        ("I'm locked out of ID.me. It's not the password. Also the reset email never came", "locked-account", ["reset-email-not-received"]),
        // A close call hidden by a greeting before it, or by greetings and thanks around it: both problems.
        ("Hi, I forgot my password and my client wants her refund status", "contact-irs", ["reset-idme-password"]),
        ("Hi there. Forgot my password and new phone no code. Thanks!", "reset-idme-password", ["mfa-recovery"]),
        // After "but" comes the problem: what was done before it is background.
        ("my password reset email came but the link is expired. Also what's the e-help desk number", "reset-email-not-received", ["e-help-desk"]),
        ("I already reset my password but it still says locked. Also my phone is new", "locked-account", ["mfa-recovery"]),
        // A problem denied, or a step done, gives way.
        ("Not a password problem - I know my password. I just don't get the text code anymore since I switched carriers.", "mfa-recovery", []),
        ("did the password reset, got the email fine, but no code on my new phone", "mfa-recovery", []),
        ("verified my identity yesterday, all good. today I can't remember the password I made", "reset-idme-password", []),
        // A step that did not happen is no background: "never got the reset email" is a problem of its own.
        ("I am locked out.\nAlso I never got the reset email", "locked-account", ["reset-email-not-received"]),
        // Chit-chat is no second problem ("thx" is no topic of its own).
        ("hi, ID.me says my account is locked. how do i unlock it? thx", "locked-account", []),
        // "and" inside one problem cuts nothing.
        ("reset password and email", "reset-email-not-received", []),
        // One problem amid greetings, names and filler.
        ("Hi, this is Jane from Smith CPA. My client got a new phone and now the code never comes. Thanks so much!", "mfa-recovery", []),
        ("Good morning. I'm calling for Bob Jones, SSN 123-45-6789. He forgot his ID.me password.", "reset-idme-password", []),
        ("Sorry to bother you. We are a small firm. One of our preparers lost access yesterday, she got a new iphone.", "mfa-recovery", []),
        // A sign-off does not answer for a question it closes.
        ("Hello, it's Greg from Harbor Tax. I can't remember the password I use for e-Services and I've got returns to send today. Cheers",
         "reset-idme-password", []),
        ("Hi, Jen from payroll. Our Gusto account keeps sending codes to an old phone number. Thanks!", nil, []),
        // Another product named anywhere, and nothing of this KB: no piece answers on its own.
        ("Microsoft 365 keeps asking for the authenticator code and I have a new phone", nil, []),
        ("I fixed my QuickBooks login. Now I forgot my ID.me password.", "reset-idme-password", []),
        // A heading is left out of the whole question too, so its words no longer steer the answer (the home-office
        // question answered firm-impact on "preparers"); another product named in it still makes the text off topic.
        ("one of our preparers: can my client deduct a home office if they're a W-2 employee", nil, []),
        ("Google Workspace admin here: how do I reset a user's 2-step verification?", nil, []),
        // A longer sentence ending in a colon is part of what the person says, not a heading.
        ("she got a new phone and now id.me shows: enter the code", "mfa-recovery", []),
        // A background clause never becomes the answer itself.
        ("hello there my friend, my phone is working fine, how are you today", nil, []),
        // A heading before a colon is no problem of its own ("office manager" alone would answer firm policies).
        ("Office manager: one of our preparers lost her phone and cannot get the ID.me code", "mfa-recovery", []),
        // An email reply: the subject's one word and the quoted earlier message are no problems of their own.
        ("Re: Re: login\n\nStill no reset email from ID.me on my end. Is it supposed to take this long?\n\n> On Tue, Feb 4, Support wrote:\n> Please request a password reset and follow the link.",
         "reset-email-not-received", []),
        // "Can you help me" names the assistant's help, but the question is the reset: no choice between the two.
        ("can you help me reset my ID.me password", "reset-idme-password", []),
        // The same problem twice is one problem.
        ("Lost my phone. Can't get the code since I lost my phone.", "mfa-recovery", []),
        // A chat whose caller lines say nothing on their own: the help desk's questions give the context.
        ("[09:10] rep: did the password reset email show up?\n[09:12] caller: no, not yet, waited 20 min", "reset-email-not-received", []),
        ("[09:10] rep: is the code going to your old phone?\n[09:12] caller: yes", "mfa-recovery", []),
        // What was already done, or is fine, is background: the other problem leads.
        ("I already reset my password, but now it wants a code from the authenticator app I deleted.", "mfa-recovery", []),
        ("My inbox works fine and other mail arrives. Nothing from ID.me after I asked for a password reset.",
         "reset-email-not-received", []),
        // In one sentence too: a comma clause that is background gives way.
        ("it isn't that I forgot the password, id.me tells me the account is locked", "locked-account", []),
        // The help desk's line only gives context to the caller's: it never answers on its own.
        ("[10:01] agent: did the ID.me code come through?\n[10:02] caller: my QuickBooks password does not work", nil, []),
        ("[10:01] agent: did the ID.me code come through?\n[10:02] caller: can you recommend a recipe for banana bread", nil, []),
        // Greetings and thanks around a question do not outweigh it (the lexicon's pleasantries).
        ("hello, how do I apply for an EIN? thanks", nil, []),
        // A salutation is no problem of its own, even when its one word names a topic ("helpdesk").
        ("Hi helpdesk,\n\nI requested an ID.me password reset this morning and nothing has come through to my work address.",
         "reset-email-not-received", []),
        // A subject line sums up the body: the body's problem leads, the subject's follows.
        ("Subject: ID.me password\nDescription: Maria says the code goes to her old number. She changed carriers.\nPriority: High",
         "mfa-recovery", ["reset-idme-password"]),
        // A subject the body restates keeps the body's place: the lock leads, the codes' phone follows.
        ("Subject: locked out of ID.me\nHi, my ID.me account is locked after too many attempts. I also need to update my phone number for the codes.",
         "locked-account", ["mfa-recovery"]),
        // Windows line breaks are line breaks.
        ("Subject: ID.me password\r\nDescription: Maria says the code goes to her old number. She changed carriers.\r\nPriority: High",
         "mfa-recovery", ["reset-idme-password"]),
        // What was tried is background: the request to escalate leads.
        ("Tried every self-service option on the ID.me site. Need to open a support request with ID.me directly.", "contact-idme", []),
        // What worked is background.
        ("password reset worked fine but now it wants the verification code sent to my old cell", "mfa-recovery", []),
        // A sentence of one word besides question words asks about the text around it: no problem of its own.
        ("ID.me says my account is locked. What's the fix?", "locked-account", []),
        ("my id.me is locked. How do we fix it?", "locked-account", []),
        ("my id.me is locked. Fix.", "locked-account", []),
        // Set apart by the writer ("also", a list item), such a sentence is a problem of its own.
        ("My account is locked. Also how do I verify?", "locked-account", ["verify-identity"]),
        ("I forgot my password. Also how do I upgrade?", "reset-idme-password", ["upgrade-idme-account"]),
        ("- my phone was stolen\n- where do I upgrade?", "mfa-recovery", ["upgrade-idme-account"]),
        ("Maria made a second ID.me account with her work email and now the IRS says her identity is already verified on another account. How do we fix it?",
         "multiple-idme-accounts", []),
        ("Our office manager says the e-file application lists the wrong responsible official even though we sign in fine. Who fixes that?",
         nil, []),
        // Only chit-chat: the last piece answers.
        ("Hi. Thanks. Bye.", "goodbye", []),
        // Online banking is another product; a refund paid into a bank account is still the IRS's.
        ("bank locked my online banking account, how do i unlock", nil, []),
        ("client says the refund went to the wrong bank account", "contact-irs", []),
        // A question about the reset is no background ("do I reset" held the marker "i reset"): both problems.
        ("how do I reset my password? Also my phone was stolen so I cannot get the code.", "reset-idme-password", ["mfa-recovery"]),
        ("How do I reset my password? My account is locked.", "reset-idme-password", ["locked-account"]),
        ("forgot my password, how do I reset it? Also I have a new phone", "reset-idme-password", ["mfa-recovery"]),
        // A sign-off and the name and title lines after it are no problems of their own.
        ("forgot my password, how do I reset it?\nSent from my iPhone\n", "reset-idme-password", []),
        ("Hi,\nI need to reset my ID.me password.\n\nThanks,\nJane\n\nSent from my iPhone\n", "reset-idme-password", []),
        ("Hi,\nhow do I verify identity for a new ID.me account?\nThanks\nMaria\nOffice Manager\n", "verify-identity", []),
        ("I forgot my ID.me password.\nSent from my Samsung Galaxy smartphone.", "reset-idme-password", []),
        ("I forgot my ID.me password.\nGet Outlook for iOS", "reset-idme-password", []),
        // A title in lowercase ("Office manager", "Tax preparer") is signature too; a short problem after it is read.
        ("I forgot my ID.me password.\n\nThanks,\nMaria Lopez\nOffice manager\nSmith & Jones CPA\nP.S. new phone\n",
         "reset-idme-password", ["mfa-recovery"]),
        ("I forgot my ID.me password.\n\nThanks,\nMaria Lopez\nTax preparer\nSmith and Jones CPA\n(555) 201-4477\nSent from my iPhone\n",
         "reset-idme-password", []),
        ("My reset email never came.\nRegards,\nJohn Doe\nSenior tax accountant\nDoe Tax Group\nSent from my iPhone\nnew phone too\n",
         "reset-email-not-received", ["mfa-recovery"]),
        // "P.S." is no web address: a short postscript right after the name is read.
        ("I forgot my ID.me password.\n\nThanks,\nMaria Lopez\nP.S. new phone\n", "reset-idme-password", ["mfa-recovery"]),
        // A label's colon before its value is no heading: "code: 482913" is about the code, as "the code 482913" is.
        ("code: 482913 didnt work", "mfa-recovery", []),
        // What follows a closing on its own line, or on the closing's line, is still read.
        ("forgot my password\nThanks,\nalso my phone was stolen so no code", "reset-idme-password", ["mfa-recovery"]),
        ("forgot my password\nThanks, also my phone was stolen", "reset-idme-password", ["mfa-recovery"]),
        // Nothing covered.
        ("what's the weather today. also the printer is jammed", nil, []),
        // Each item of a bulleted or numbered list is a problem, in order, though one alone would be weak evidence
        // ("Carl's account says locked" answers at 0.66).
        ("- Anna forgot her ID.me password\n- Carl's account says locked", "reset-idme-password", ["locked-account"]),
        ("* Anna forgot her ID.me password\n* Carl's account says locked", "reset-idme-password", ["locked-account"]),
        ("• Anna forgot her ID.me password\n• Carl's account says locked", "reset-idme-password", ["locked-account"]),
        ("1. Anna forgot her ID.me password 2. Carl's account says locked", "reset-idme-password", ["locked-account"]),
        // Outlook's reply: the earlier message after "-----Original Message-----" raises no problem.
        ("My account is locked out\n\n-----Original Message-----\nFrom: Jane Doe\nSent: Monday, March 3, 2025 9:14 AM\nTo: Help Desk\nSubject: new phone\n\nI got a new phone and cannot get the code",
         "locked-account", []),
        // A sign-off alone asks nothing; after the last sentence it raises no problem; small talk stays small talk.
        ("Sent from my iPhone", nil, []),
        ("Sent from my Galaxy", nil, []),
        ("Sent from my mobile", nil, []),
        ("Get Outlook for iOS", nil, []),
        ("Sent from my iPhone\n", nil, []),
        ("My account is locked. Sent from my iPhone", "locked-account", []),
        ("ID.me locked me out. Sent from my Android", "locked-account", []),
        ("Thanks. Sent from my iPhone", "thanks", []),
        ("Hi. Thanks", "thanks", []),
        ("hi, thanks", "thanks", []),
        ("cant log in, Sent from my iPhone", "cant-sign-in", []),
        ("Thanks,\nJane", "thanks", []),
        // An ordinal word that numbers a list's item is no second account.
        ("first, forgot password. second, new phone", "reset-idme-password", ["mfa-recovery"]),
        ("second, new phone", "mfa-recovery", []),
        ("Secondly, she has a new phone and the code goes to the old one", "mfa-recovery", []),
        // A piece that says it raises a further problem ("also", "... too") counts from the answer threshold, matched
        // without those words ("also got a new phone" fell back; "my phone is gone too" answered below the bar).
        ("I forgot my password and I also got a new phone", "reset-idme-password", ["mfa-recovery"]),
        ("she forgot her password and she also lost her phone", "reset-idme-password", ["mfa-recovery"]),
        ("my ID.me account is locked. my phone is gone too", "locked-account", ["mfa-recovery"]),
        ("Good morning, I have a client who forgot her password. She also got a new phone.", "reset-idme-password", ["mfa-recovery"]),
        // The last clause of a sentence that ends in "too" is a problem of its own.
        ("I'm locked out of ID.me and my phone is gone too", "locked-account", ["mfa-recovery"]),
        ("forgot my password, new phone too", "reset-idme-password", ["mfa-recovery"]),
        // "too many" adds nothing.
        ("ID.me locked me after too many attempts", "locked-account", []),
        // A sentence of its own about another party counts from the answer threshold beside a sure problem.
        ("Anna forgot her ID.me password. Carl's account says it is locked.", "reset-idme-password", ["locked-account"]),
        ("Anna forgot her ID.me password.\nCarl's account says it is locked.", "reset-idme-password", ["locked-account"]),
        // A pronoun points back at the party before: no problem of its own below the bar.
        ("New hire set up ID.me at orientation and already forgot the password. She still has the email account, how does she change it?",
         "reset-idme-password", []),
        // Outlook's header block without "-----Original Message-----", after a line of underscores or not: the quoted
        // message raises no problem ("To: Help Desk" answered the e-help desk).
        ("My account is locked\n\n________________________________\nFrom: Jane Doe <jane@example.com>\nSent: Monday, March 3, 2025 9:14 AM\nTo: Help Desk\nSubject: new phone\n\nI got a new phone and cannot get the code",
         "locked-account", []),
        ("Locked out again.\n\nFrom: Help Desk <help@firm.com>\nDate: Monday, March 3, 2025 at 9:14 AM\nTo: Jane\nSubject: RE: password\n\nIf your phone is new use MFA recovery.",
         "locked-account", []),
        // Gmail's attribution line, with its quoted message not marked with "> ", on one line or wrapped in two.
        ("My account is locked\n\nOn Mon, Mar 3, 2025 at 9:14 AM Jane Doe <jane@example.com> wrote:\nI got a new phone and cannot get the code",
         "locked-account", []),
        ("My account is locked\n\nOn Mon, Mar 3, 2025 at 9:14 AM Jane Doe <\njane@example.com> wrote:\nI got a new phone and cannot get the code",
         "locked-account", []),
        // At the top, the block heads the message pasted: its header lines raise nothing.
        ("From: Help Desk <help@firm.com>\nSent: Monday, March 3, 2025 9:14 AM\nTo: Jane\nSubject: RE: password\n\nMy ID.me account is still locked",
         "locked-account", []),
        // A background marker that a connector opens ("and I" + "reset") still marks its piece as background.
        ("The email arrived and I reset the password, but now I'm stuck on the Complete Your Sign In screen", "mfa-recovery", []),
    ]

    func testFindsEachDistinctProblemInOrder() throws {
        let matcher = try ShippedMatcher.get()
        for (text, primary, also) in Self.cases {
            let found = matcher.matchProblems(text)
            if case .answer(let candidate) = found.primary.decision {
                XCTAssertEqual(candidate.id, primary, text)
            } else {
                XCTAssertNil(primary, "\(text): \(found.primary.decision.status)")
            }
            XCTAssertEqual(found.also.compactMap { $0.chosen?.id }, also, text)
            XCTAssertEqual(found.excerpts.count, found.all.count, text)
        }
    }

    /// A text that is only sign-offs answers no topic, whatever its words name; its small talk still answers.
    func testASignOffAloneAsksNothing() throws {
        let matcher = try ShippedMatcher.get()
        for text in ["Sent from my iPhone", "Get Outlook for iOS", "Sent from my Android\n"] {
            let found = matcher.matchProblems(text)
            XCTAssertEqual(found.primary.decision, .fallback(.signOffOnly), text)
            XCTAssertTrue(found.leftOut.signOffOnly, text)
        }
        XCTAssertEqual(matcher.matchProblems("Thanks").primary.chosen?.id, "thanks")
        let closed = matcher.matchProblems("My account is locked. Sent from my iPhone")
        XCTAssertEqual(closed.leftOut.signatureLines, 1)
        XCTAssertFalse(closed.all.flatMap(\.analysis.terms).contains("phone"))
    }

    /// No line of a signature reaches the matcher: neither a problem's excerpt nor any analysis holds its words.
    func testSignatureLinesNeverReachTheMatcher() throws {
        let matcher = try ShippedMatcher.get()
        let emails = [
            "I forgot my ID.me password.\n\nThanks,\nMaria Lopez\nOffice manager\nSmith & Jones CPA\nP.S. new phone\n",
            "Can't get the MFA code on my new phone.\nThanks,\nMaria\nAdministrative assistant to the partners\nSmith CPA\n",
            "My reset email never came.\n\nBest,\nMaria Lopez, EA\nOwner, Smith Bookkeeping & Tax\n555.201.4477 | maria@smithtax.com\n",
            "Locked out of ID.me\nThank you,\nMaria Lopez\ntax preparer | Smith and Jones accounting services\nSent from my iPhone\n",
        ]
        for email in emails {
            let found = matcher.matchProblems(email)
            // One problem's excerpt is the whole paste as pasted; several problems' are the pieces matched.
            let excerpts = found.all.count > 1 ? found.excerpts : []
            let read = [matcher.trimmer.trim(email)] + excerpts + found.all.flatMap { [$0.analysis.normalizedText] + $0.analysis.terms }
            for word in ["maria", "smith", "manager", "preparer", "assistant"] {
                XCTAssertFalse(read.contains { $0.lowercased().contains(word) }, "\(email.debugDescription): '\(word)' in \(read)")
            }
            XCTAssertGreaterThan(found.leftOut.signatureLines, 0, email)
        }
    }

    /// Batch echoes `primary.question` as the redacted text: it must be exactly what the knowledge base's redactor
    /// gives for the pasted text (names in a signature or an introduction too: "Thanks,\nJane", "this is Jane").
    func testThePrimaryQuestionIsThePastedTextRedacted() throws {
        let matcher = try ShippedMatcher.get()
        let pasted = Self.cases.map(\.text) + [
            "  forgot my password, ssn 123-45-6789  ",
            "[10:01] agent: did the code come?\n[10:02] cx: no, call me at 555-201-3344",
            "Still locked, jane at gmail dot com\n\n> On Tue, jane@example.com wrote:\n> reset it\n--\nJane\n555-201-3344",
            "",
        ]
        for text in pasted {
            XCTAssertEqual(matcher.matchProblems(text).primary.question, matcher.redactor.redact(text), text)
        }
    }

    /// A callback number given beside the problem ("her number is ... if you want to call her") is no problem of its
    /// own: the shipped lexicon's `linked_data_labels` take "her number is", "my cell is" with the number. Nor is a
    /// count of tries ("tried twice"), a stop concept of the lexicon.
    func testCallbackDetailsAndCountsOfTriesAreNoProblemsOfTheirOwn() throws {
        let matcher = try ShippedMatcher.get()
        let pastes: [(text: String, entry: String)] = [
            ("She switched carriers and the ID.me code goes to her old number. Her number is 214-555-0199 if you want to call her.",
             "mfa-recovery"),
            ("Forgot my ID.me password. My phone number is 214-555-0199, you can call me.", "reset-idme-password"),
            ("ID.me says my account is locked. my cell is 214-555-0199 if you need to reach me", "locked-account"),
            ("Please call me back at 555-201-4477. My id.me account is locked.", "locked-account"),
            ("Reach me on 555-201-4477 please. I have two id.me accounts.", "multiple-idme-accounts"),
            // A name goes with its label too ("my name is [NAME]" asked who to contact).
            ("Hi, my name is Maria Lopez, SSN 123-45-6789, call me at 555-201-4477 or maria.lopez@example.com. I forgot my ID.me password.",
             "reset-idme-password"),
            // A firm's numbers given with their labels ("EFIN 123456, CAF ...") asked the IRS topic as a problem of its own.
            ("I forgot my id.me password. Our EIN is 12-3456789, EFIN 123456, CAF 0301-12345R.", "reset-idme-password"),
            // The account's email given with its label ("Email on the account is ...") asked about losing that mailbox.
            ("I requested the ID.me reset link three times, nothing in inbox or spam. Email on the account is jane@example.com.",
             "reset-email-not-received"),
            // A password that works is background ("I can still type my password fine" raised a reset).
            ("New phone, and ID.me wants the code from the authenticator app on the old one. I can still type my password fine.",
             "mfa-recovery"),
        ]
        for paste in pastes {
            let found = matcher.matchProblems(paste.text)
            XCTAssertEqual(found.primary.chosen?.id, paste.entry, paste.text)
            XCTAssertEqual(found.also.map(\.chosen?.id), [], paste.text)
        }
        // How often something was tried is no problem either: "twice" there is no duplicate account.
        let tried = matcher.matchProblems("ID.me says my account is locked. tried twice.")
        XCTAssertEqual(tried.primary.chosen?.id, "locked-account")
        XCTAssertEqual(tried.also.map(\.chosen?.id), [])
        // A number that says something about the problem keeps its words: "my new number is ..." is about MFA.
        XCTAssertEqual(matcher.matchProblems("my new number is 214-555-0199 and the code goes to the old one").primary.chosen?.id,
                       "mfa-recovery")
    }

    func testQuestionsAreRedactedAndPersonalDataDoesNotSwayTheMatch() throws {
        let matcher = try ShippedMatcher.get()
        let found = matcher.matchProblems("SSN 123-45-6789, DOB 01/02/1980, call 866-555-0100. Forgot my ID.me password.")
        XCTAssertEqual(found.primary.question, "SSN [SSN], DOB [DOB], call [PHONE]. Forgot my ID.me password.")
        XCTAssertEqual(found.primary.chosen?.id, "reset-idme-password")
        XCTAssertFalse(found.excerpts.joined().contains("6789"))
        let plain = matcher.matchProblems("forgot my id.me password")
        let withData = matcher.matchProblems("forgot my id.me password 123-45-6789 jane@example.com")
        XCTAssertEqual(plain.primary.analysis.terms, withData.primary.analysis.terms)
        let spelled = matcher.matchProblems("forgot my id.me password, my email is jtorres at gmail dot com")
        XCTAssertEqual(spelled.primary.question, "forgot my id.me password, my email is [EMAIL]")
        XCTAssertEqual(spelled.primary.analysis.terms, plain.primary.analysis.terms)
    }

    /// Data that is data only because of a label in another sentence or line ("SSN." then "123 456 789 ..."; the help
    /// desk's "your SSN?" left out as an agent line) is redacted in every piece, excerpt and analysis, as in the whole.
    func testALabelInAnotherPieceRedactsThePiece() throws {
        let matcher = try ShippedMatcher.get()
        let cases: [(text: String, data: String)] = [
            ("SSN. 123 456 789 forgot my password. Also I got a new phone and can't get the MFA code.", "123 456 789"),
            ("EIN:\n12 3456789 firm can't sign in. Also I forgot my ID.me password.", "3456789"),
            ("agent: can you confirm your SSN?\ncaller: 123 456 789\ncaller: I forgot my password and the reset email never came",
             "456"),
            ("[10:01] agent: what's your date of birth?\n[10:02] cx: 01/02/1980 and I lost my phone, no code", "1980"),
        ]
        for (text, data) in cases {
            let found = matcher.matchProblems(text)
            XCTAssertEqual(found.primary.question, Redactor().redact(text), text)
            let echoed = found.excerpts + found.all.flatMap { [$0.question, $0.analysis.original, $0.analysis.normalizedText] }
            XCTAssertFalse(echoed.contains { $0.contains(data) }, "\(text): \(echoed)")
            XCTAssertFalse(found.all.flatMap(\.analysis.terms).contains { $0.contains(data.prefix(3)) }, text)
        }
    }
}
