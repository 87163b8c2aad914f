import Foundation
import XCTest
import TestSupport

/// The real interactive session, driven through a pseudo-terminal as a person would use it.
final class REPLTests: REPLTestCase {
    func testAnswerFollowUpsAndTopicSwitch() throws {
        let s = try session()
        ask(s, "lost my phone, can't get code", "Can't get your MFA code", "Steps", "  2. On the \"Complete Your Sign In\" screen")
        ask(s, "how long do I have to finish it?", "30 minutes")
        ask(s, "who do I contact if that fails?", "If MFA recovery doesn't work, contact ID.me's help/support")
        ask(s, "what's the number?", "This knowledge base gives no phone number for ID.me.")
        ask(s, "step 2 again", "Step 2 of 5")
        ask(s, "then what?", "Step 3 of 5")
        ask(s, "step 99", "There is no step 99; this answer has steps 1-5.")
        ask(s, "none", "Nothing to pick from right now.")
        ask(s, "more", "Good to know", "30-minute clock")
        ask(s, "and after that?", "There is no next step: step 5 of 5 is the last one in this answer.")
        ask(s, "how do I create an id.me account", "Creating an ID.me account for IRS tools")
        ask(s, "how long does it take?", "Self-Service verification usually takes 5-10 minutes.")
        ask(s, ":why", "Follow-up:", "create-idme-account", "Decision:")
        // A bare acknowledgement gets one line, and :why says why; the topic stays.
        ask(s, "ok", "OK. If anything else comes up, just ask.")
        XCTAssertFalse(s.pending.contains("I don't have an answer"), s.pending)
        ask(s, ":why", "'ok' only acknowledges", "create-idme-account stays in focus.")
        ask(s, "how long does it take?", "Self-Service verification usually takes 5-10 minutes.")
        // A bare number on a topic without steps says so, as "step 2" does ("Nothing to pick from right now." before).
        ask(s, "what is id.me", "What ID.me is")
        ask(s, "2", "This topic has no numbered steps.")
        s.send(":quit")
        XCTAssertEqual(s.waitForExit(), 0)
    }

    func testClarifyByNumberAndNone() throws {
        let s = try session(["--threshold", "0.1", "--margin", "1"])
        s.send("locked email")
        s.expect("Which of these do you mean?")
        s.expect("Type a number")
        let list = s.screen
        let second = try XCTUnwrap(list.firstMatch(of: /\ \ 2\. (.+) \(([a-z0-9-]+)\)/), list)
        s.expect("helpdesk> ")
        ask(s, "2", String(second.1))
        XCTAssertFalse(s.pending.contains("Which of these"))
        ask(s, "locked email", "Which of these do you mean?")
        ask(s, "none", "I don't have an answer for that", "Closest topics", "(:show ", "866-255-0654")
        ask(s, ":why", "'none' rejects all", "The choices were offered for:", "Question:   locked email")
        // A number outside the list keeps it open.
        ask(s, "locked email", "Which of these do you mean?")
        ask(s, "9", "Choose 1-", ", or \"none\".", "  2. \(second.1) (\(second.2))")
        ask(s, "2", String(second.1))
        // "ok" with the list open keeps it open and asks for a pick: it closed the list, and "2" got "Nothing to pick".
        ask(s, "locked email", "Which of these do you mean?")
        ask(s, "ok", "Which one? Reply with a number from 1 to ", ", or \"none\".")
        ask(s, ":why", "'ok' only acknowledges and picks none of the ", "The list stays open for a pick.")
        ask(s, "2", String(second.1))
        quit(s)
    }

    func testReloadKeepsTheTopic() throws {
        let s = try session()
        ask(s, "lost my phone cant get code", "Can't get your MFA code")
        ask(s, ":reload", "Reloaded")
        ask(s, "how long do I have?", "30 minutes")
        quit(s)
    }

    func testMultiProblemPasteAnswersEachUnderItsOwnHeading() throws {
        let s = try session()
        ask(s, "Hi, this is Jane from Smith CPA. I forgot my password. Also my phone was stolen so I can't get the code. Thanks!",
            "I see 2 separate problems", "Problem 1 of 2: \"I forgot my password.\"", "Resetting your ID.me (e-Services) password",
            "Problem 2 of 2: \"my phone was stolen so I can't get the code.\"", "Can't get your MFA code")
        // A bracketed paste of several lines is one question, not one per line.
        s.type("\u{1B}[200~Caller: my ID.me account is locked.\nShe also has two ID.me accounts, SSN 123-45-6789.\u{1B}[201~\r")
        s.expect("I see 2 separate problems")
        s.expect("ID.me account locked")
        s.expect("More than one ID.me account")
        s.expect("helpdesk> ")
        XCTAssertFalse(s.screen.contains("I see 2 separate problems here; here is each in turn.\n\nProblem 1 of 2: \"She also has two ID.me accounts, SSN 123"),
                       "the echoed excerpt is redacted")
        quit(s)
        let history = try String(contentsOf: historyFile, encoding: .utf8)
        XCTAssertFalse(history.contains("6789"), history)
        XCTAssertTrue(history.contains("Caller: my ID.me account is locked. She also has two ID.me accounts, SSN [SSN].\n"),
                      "a multi-line paste is one redacted history line: \(history)")
    }

    func testTabCompletesCommandsAndEntryIDs() throws {
        let s = try session()
        s.type(":he\t")
        s.expect(":help")
        s.type("\r")
        s.expect(":topics")
        s.expect(":reload")
        s.expect("helpdesk> ")
        s.type(":show mfa-rec\t")
        s.expect("mfa-recovery")
        s.type("\r")
        s.expect("Can't get your MFA code")
        s.expect("helpdesk> ")
        // :show makes the topic current, so follow-ups work after it.
        ask(s, "step 4", "Step 4 of 5")
        // Tab on an empty prompt puts the colon every command starts with; sent alone, it gets the commands' help, as
        // ":foo" does (it got the fallback answer).
        s.type("\t")
        s.expect(":")
        s.type("\r")
        s.expect("Unknown command ':'. :help lists the commands.")
        s.expect("helpdesk> ")
        XCTAssertFalse(s.screen.contains("I don't have an answer"), s.screen)
        quit(s)
    }

    func testCtrlCAbandonsTheLineAndCtrlDExits() throws {
        let s = try session()
        s.type("forgot my pass")
        s.expect("forgot my pass")
        s.drain(for: 0.5)  // let readline take in every typed key before the interrupt (under load it may lag)
        s.type("\u{03}")
        s.expect("helpdesk> ")
        ask(s, "thanks", "You're welcome")
        XCTAssertFalse(s.screen.contains("I don't have an answer"), "the abandoned text was not sent with the next line")
        quit(s)
        let history = try String(contentsOf: historyFile, encoding: .utf8)
        XCTAssertTrue(history.contains("thanks"), history)
        XCTAssertFalse(history.contains("forgot my pass"), "an abandoned line is not kept: \(history)")
    }

    func testHistoryIsRedactedWrittenAtOnceAndRecalledNextTime() throws {
        let first = try session()
        ask(first, "my SSN is 123-45-6789, I forgot my ID.me password", "Resetting your ID.me (e-Services) password")
        // Written per line: there before the session ends, and kept when it is killed.
        var history = try String(contentsOf: historyFile, encoding: .utf8)
        XCTAssertTrue(history.contains("my SSN is [SSN], I forgot my ID.me password"), history)
        XCTAssertFalse(history.contains("6789"), history)
        first.killNow()
        history = try String(contentsOf: historyFile, encoding: .utf8)
        XCTAssertTrue(history.contains("[SSN]"), history)
        let attributes = try FileManager.default.attributesOfItem(atPath: historyFile.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)

        // The line before labels a line: "SSN:" then "123 456 789" is kept and explained redacted.
        let labelled = try session()
        ask(labelled, "client SSN:")
        ask(labelled, "123 456 789")
        ask(labelled, ":why", "Question:   [SSN]")
        quit(labelled)
        history = try String(contentsOf: historyFile, encoding: .utf8)
        XCTAssertTrue(history.contains("client SSN:\n[SSN]\n"), history)
        XCTAssertFalse(history.contains("456"), history)

        let second = try session()
        second.type("\u{1B}[A")
        second.expect(":why")
        second.type("\u{1B}[A\u{1B}[A\u{1B}[A\u{1B}[A")
        second.expect("my SSN is [SSN], I forgot my ID.me password")
        second.type("\u{03}")
        second.expect("helpdesk> ")
        quit(second)
    }

    func testColourOnATerminalAndPlainWithNoColor() throws {
        let coloured = try session(columns: 60)
        ask(coloured, "forgot my id.me password", "Steps", "  8. ")
        XCTAssertTrue(PTYSession.hasStyle(coloured.raw), "headings are bold and coloured on a terminal")
        let answer = coloured.screen.components(separatedBy: "Resetting your ID.me").last ?? ""
        for line in answer.split(separator: "\n") where !line.contains("helpdesk> ") {
            XCTAssertLessThanOrEqual(line.count, 60, "wrapped to the terminal's width: \(line)")
        }
        quit(coloured)

        for (arguments, environment) in [([], ["NO_COLOR": "1"]), (["--no-color"], [:]), ([], ["TERM": "dumb"])] {
            let plain = try session(arguments, environment: environment)
            ask(plain, "forgot my id.me password", "Steps", "  8. ")
            XCTAssertFalse(PTYSession.hasStyle(plain.raw), "no styling with \(arguments) \(environment)")
            quit(plain)
        }
    }

    /// A 40-column terminal: every reply fits, the titles, `:topics` and `:why` too (each ran past it, `:why` to 104
    /// columns). Only words longer than the room left (none here) may stick out.
    func testEveryReplyFitsANarrowTerminal() throws {
        let s = try session(columns: 40)
        // The banner too (its lines were 57 and 46 columns).
        let banner = s.screen.components(separatedBy: "helpdesk> ").first ?? ""
        XCTAssertTrue(banner.contains("ID.me"), banner)
        for line in banner.split(separator: "\n") {
            XCTAssertLessThanOrEqual(line.count, 40, "the banner wrapped to the terminal's width: '\(line)'")
        }
        let start = s.screen.count
        ask(s, ":topics", "mfa-recovery", "capabilities")
        ask(s, "new phone no code", "Steps", "  5. ")
        ask(s, "step 4", "Step 4 of 5")
        // On its own, "step 4" asks for a topic, as `helpdesk ask "step 4"` does: no match to show.
        ask(s, ":why", "Follow-up:", "On its own the line would have been:", "No entry was matched.")
        ask(s, ":show", "Usage: :show ID")
        ask(s, ":frobnicate", "Unknown command")
        let replies = String(s.screen.dropFirst(start))
        for line in replies.split(separator: "\n") where !line.hasPrefix("helpdesk> ") {
            XCTAssertLessThanOrEqual(line.count, 40, "wrapped to the terminal's width: '\(line)'")
        }
        XCTAssertTrue(replies.contains("Can't get your MFA code (new phone,\nnumber or app)"), replies)
        quit(s)
    }

    /// `ask` and `show` on a terminal: coloured by default, plain with --no-color before or after the subcommand.
    func testAskAndShowOnATerminalHonourNoColorInEitherPlace() throws {
        let cases: [(arguments: [String], styled: Bool)] = [
            (["ask", "forgot my id.me password"], true),
            (["ask", "--no-color", "forgot my id.me password"], false),
            (["--no-color", "ask", "forgot my id.me password"], false),
            (["show", "reset-idme-password"], true),
            (["show", "--no-color", "reset-idme-password"], false),
            (["--no-color", "show", "reset-idme-password"], false),
        ]
        for (arguments, styled) in cases {
            let s = try PTYSession(binary: Self.binary, arguments: arguments, environment: PTYSession.environment(home: directory))
            s.expect("Steps")
            XCTAssertEqual(s.waitForExit(), 0, "\(arguments)")
            XCTAssertEqual(PTYSession.hasStyle(s.raw), styled, "\(arguments)")
        }
    }

    /// `HELPDESK_HISTORY=off` keeps no history file; Up still recalls the session's own lines.
    func testHistoryCanBeTurnedOff() throws {
        let s = try session(environment: ["HELPDESK_HISTORY": "off"])
        ask(s, "forgot my id.me password", "Steps")
        s.type("\u{1B}[A")
        s.expect("forgot my id.me password")
        s.type("\u{03}")
        s.expect("helpdesk> ")
        quit(s)
        XCTAssertFalse(FileManager.default.fileExists(atPath: historyFile.path))
    }

    /// OFF, 0, false and no turn history off as off does; a value not understood is named on stderr with where the
    /// history IS being kept (a user who wrote "none" believed nothing was written).
    func testHistorySettingsInAnyCaseAndAValueNotUnderstood() throws {
        for value in ["OFF", "Off", "0", "false", "no"] {
            let s = try session(environment: ["HELPDESK_HISTORY": value])
            ask(s, "forgot my id.me password", "Steps")
            quit(s)
            XCTAssertFalse(FileManager.default.fileExists(atPath: historyFile.path), value)
        }
        let s = try session(environment: ["HELPDESK_HISTORY": "none"])
        XCTAssertTrue(s.raw.contains("helpdesk: warning: HELPDESK_HISTORY='none' is not understood (off, 0, false or no keep no "
            + "history file); history IS being kept in \(historyFile.path)"), s.raw)
        ask(s, "forgot my id.me password", "Steps")
        quit(s)
        XCTAssertTrue(FileManager.default.fileExists(atPath: historyFile.path))
    }

    func testAHistoryThatCannotBeSavedIsReported() throws {
        let file = directory.appendingPathComponent("not-a-folder")
        try Data().write(to: file)
        let s = try session(environment: ["XDG_STATE_HOME": file.path])
        XCTAssertTrue(s.raw.contains("warning: history is not saved: cannot create \(file.path)/helpdesk"), s.raw)
        ask(s, "forgot my id.me password", "Steps")
        quit(s)
    }

    func testPromptAndControlSequencesStayOffPipedStdout() throws {
        let s = try session(stdoutToPipe: true)
        s.send("forgot my id.me password")
        s.expect("helpdesk> ")
        quit(s)
        let output = s.pipedOutput()
        XCTAssertTrue(output.contains("Resetting your ID.me (e-Services) password"), output)
        XCTAssertFalse(output.contains("helpdesk>"), output)
        XCTAssertFalse(output.contains("\u{1B}"), "no escape sequences in piped stdout: \(output.debugDescription)")
    }

    /// `:reload` names the folder, and its errors the files in it, redacted, as errors on stderr do ("Reloaded 26
    /// topics from .../Smith 123-45-6789" was shown as typed); the `kb check` hint then says `--kb <dir>`.
    func testReloadShowsAFolderNamedAfterAClientRedacted() throws {
        let kb = directory.appendingPathComponent("Smith 123-45-6789")
        try FileManager.default.copyItem(at: PackagePaths.root.appendingPathComponent("KnowledgeBase"), to: kb)
        let s = try session(["--kb", kb.path])
        // Wrapped to the terminal, so the text is compared with its line breaks as spaces.
        var shown: String { s.screen.replacingOccurrences(of: "\n", with: " ") }
        ask(s, ":reload", "Reloaded")
        XCTAssertTrue(shown.contains("from \(directory.path)/Smith [SSN] (0 warnings)."), s.screen)
        let smalltalk = kb.appendingPathComponent("smalltalk.yaml")
        let original = try String(contentsOf: smalltalk, encoding: .utf8)
        let reviewed = try XCTUnwrap(original.range(of: "last_reviewed: [0-9-]+", options: .regularExpression))
        try original.replacingCharacters(in: reviewed, with: "last_reviewed: 2000-01-01").write(to: smalltalk, atomically: true, encoding: .utf8)
        ask(s, ":reload", "Reloaded")
        XCTAssertTrue(shown.contains("To list them, run 'helpdesk kb check --kb <dir>' with <dir> that folder (its name is shown redacted)."),
                      s.screen)
        try (original + "\nbogus_key: 1\n").write(to: smalltalk, atomically: true, encoding: .utf8)
        ask(s, ":reload", "Smith [SSN]/smalltalk.yaml", "bogus_key", "not reloaded")
        XCTAssertFalse(s.screen.contains("6789"), s.screen)
        quit(s)
    }

    /// With stdout piped, answers wrap at 80 columns, as `ask`'s do in a pipe, whatever the terminal's width (they
    /// followed it: readline exported the terminal's width as COLUMNS, which the width of piped output reads).
    func testPipedAnswersWrapAtEightyColumnsWhateverTheTerminal() throws {
        for columns: UInt16 in [40, 200] {
            let s = try session(columns: columns, stdoutToPipe: true)
            s.send("forgot my id.me password")
            s.expect("helpdesk> ")
            quit(s)
            let output = s.pipedOutput()
            XCTAssertTrue(output.contains("Resetting your ID.me (e-Services) password"), output)
            let longest = output.split(separator: "\n").map(\.count).max() ?? 0
            XCTAssertLessThanOrEqual(longest, 80, "a \(columns)-column terminal: \(output)")
            XCTAssertGreaterThan(longest, 65, "a \(columns)-column terminal: lines are filled to 80, not to the terminal: \(output)")
        }
    }

    func testHelpListsEveryCommandAndReloadKeepsTheOldKBOnErrors() throws {
        let kb = directory.appendingPathComponent("kb")
        try FileManager.default.copyItem(at: PackagePaths.root.appendingPathComponent("KnowledgeBase"), to: kb)
        let s = try session(["--kb", kb.path])
        ask(s, ":help", ":help", ":topics", ":show ID", ":why", ":reload", ":quit", "leave (:q, :exit, \"quit\" or \"exit\" alone on a line, and Ctrl-D do too)")
        let smalltalk = kb.appendingPathComponent("smalltalk.yaml")
        let original = try String(contentsOf: smalltalk, encoding: .utf8)
        try (original + "\nbogus_key: 1\n").write(to: smalltalk, atomically: true, encoding: .utf8)
        ask(s, ":reload", "bogus_key", "not reloaded; still using the one loaded before")
        ask(s, "thanks", "You're welcome")
        try original.write(to: smalltalk, atomically: true, encoding: .utf8)
        ask(s, ":reload", "Reloaded")
        let reviewed = try XCTUnwrap(original.range(of: "last_reviewed: [0-9-]+", options: .regularExpression))
        let stale = original.replacingCharacters(in: reviewed, with: "last_reviewed: 2000-01-01")
        try stale.write(to: smalltalk, atomically: true, encoding: .utf8)
        ask(s, ":reload", "Reloaded")
        // Wrapped to the terminal, so the text is compared with its line breaks as spaces.
        XCTAssertTrue(s.screen.replacingOccurrences(of: "\n", with: " ").contains(
            "(1 warning). To list them, run 'helpdesk kb check --kb \(kb.path)'."), "the hint names the folder reloaded: \(s.screen)")
        ask(s, ":frobnicate", "Unknown command ':frobnicate'. :help lists the commands.")
        // A command with a ? after it gets the command it meant (it got only "Unknown command :why?.").
        ask(s, ":why?", "Unknown command ':why?'; did you mean ':why'? :help lists the commands.")
        ask(s, ":jane@firm.com", "Unknown command ':[EMAIL]'")
        XCTAssertFalse(s.screen.contains("Unknown command :jane"), "the echoed command is redacted")
        ask(s, ":show no-such-topic", "No topic 'no-such-topic'")
        ask(s, ":show 123-45-6789", "No topic '[SSN]'")
        // An id typed with spaces is the id; one like others names them; an escape sequence is not sent back.
        ask(s, ":show mfa recovery", "Can't get your MFA code")
        ask(s, ":show reset", "No topic 'reset'. Did you mean reset-idme-password, reset-email-not-received?")
        // (Pasted: typed, readline reads the escape as a key.)
        ask(s, "\u{1B}[200~:show x\u{1B}[2Jy\u{1B}[201~", "No topic 'x\u{FFFD}[2Jy'")
        ask(s, "\u{1B}[200~:frob\u{1B}[2J\u{1B}[201~", "Unknown command ':frob\u{FFFD}[2J'")
        XCTAssertFalse(s.screen.contains("No topic '123-45-6789'"), "the echoed id is redacted")
        // A long id is cut in the message, as in `helpdesk show` (it was echoed whole).
        ask(s, ":show " + String(repeating: "a", count: 300), "No topic '" + String(repeating: "a", count: 60) + "…'.")
        quit(s)
    }
}
