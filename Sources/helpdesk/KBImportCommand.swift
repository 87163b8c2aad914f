import ArgumentParser
import Foundation
import HelpdeskCore

struct KBImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a knowledge base from a CSV of labelled questions.",
        usage: Usage.wrapped("helpdesk kb import", ["<file>", "--out <dir>", "[--force]", "[--language-from <dir>]", "[--no-language]"]),
        discussion: """
            FILE.csv (or - for standard input; a pipe or FIFO is read to its end) has the header question,entry \
            and optionally title and answer (RFC 4180 quoting: commas, quotes and newlines inside quoted fields are \
            fine). Another column is not read, and named in a warning on stderr ("ignoring column 'answr' (columns \
            read: question, entry, title, answer)"); a column named twice is an error (exit status 1). Rows sharing an entry become one entry's example \
            questions, and so do labels that make the same kebab-case id (Wifi and wifi; Printer Reset and \
            printer_reset are one entry printer-reset, as eval --kb reads them). An entry's title and answer are \
            the first given; rows giving another are counted in a warning. Rows with an empty entry (question, \
            with the comma) become out_of_scope examples. A row whose field count differs from the header's, or \
            whose question is empty, or a quote never closed, is an error naming its line (file.csv:2: error: ...; \
            the lines after a quote never closed are checked as rows of their own, as eval does): nothing is written, \
            exit status 1. Personal data in a question or entry label (SSNs, phone numbers, email addresses...) \
            is replaced by its placeholder ([SSN]) before anything is written, and so are names after the name \
            labels of the knowledge base the language data comes from ([NAME]); titles and answers are kept as \
            written. Writes DIR/imported.yaml and checks the result loads (when it does not, DIR is left as it \
            was); the report counts what the CSV made, and when DIR held a knowledge base already, DIR's totals \
            on a line of their own. A DIR that cannot be made or written is one error line naming it, with the \
            reason. Also writes DIR/language.yaml with the \
            conversation's language data (generic follow-up phrasings such as "what's the number?", the words \
            that join several problems in pasted text, abbreviations) copied from --language-from, else \
            HELPDESK_KB, else the shipped knowledge base; with --no-language that knowledge base still gives the \
            name lists.
            """
    )

    @Argument(help: "Labelled questions (CSV), or - for standard input.")
    var file: String

    @Option(help: ArgumentHelp("Folder to write the knowledge base into (created if missing).", valueName: "dir"))
    var out: String

    @Flag(help: "Replace DIR/imported.yaml (and DIR/language.yaml) if they exist.")
    var force = false

    @Option(help: ArgumentHelp("Knowledge base whose follow-up phrasings and problem connectors to copy, and whose name lists redact names (default: HELPDESK_KB, else the shipped one).",
                               valueName: "dir"))
    var languageFrom: String?

    @Flag(help: "Write no DIR/language.yaml: the imported KB then reads no generic follow-ups, cuts pasted text only at sentence ends, and takes no \"none\" as a reply to a list of choices.")
    var noLanguage = false

    /// For the root's --threshold and --margin, which the parser takes after the subcommand too: unused here, but a
    /// bad value is still a usage error.
    @ParentCommand var root: Helpdesk

    func validate() throws {
        try root.matcher.checkValues()
        // It said "helpdesk: error: : cannot read the file: no such file".
        if file.isEmpty { throw ValidationError("the CSV file needs a name, and '' is empty (- is standard input)") }
        if out.isEmpty { throw ValidationError("--out needs a folder name, and '' is empty") }
        if languageFrom?.isEmpty == true { throw ValidationError("--language-from needs a folder name, and '' is empty") }
    }

    func run() throws {
        // The knowledge base the language data comes from redacts the rows, their errors and the file's name as `ask`
        // and `batch` redact what users type (`Redactor(knowledgeBase:vocabulary:)`): names its lists place ("my name
        // is Maria Gomez", "this is Maria Gomez", a given name), its not-password words kept ("used the password
        // generator"); with --no-language as well.
        let source = try languageSource()
        let redactor = source.map { Redactor(knowledgeBase: $0.knowledgeBase, vocabulary: nil) } ?? Redactor()
        let rows = try LabeledCSVInput.read(file, redactor: redactor)
        guard rows.contains(where: { $0.entry != nil }) else {
            Terminal.error("\(file): no row names an entry; nothing to import")
            throw ExitCode(1)
        }
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        var importer = KnowledgeBaseImporter(
            // A file named after a client ("Smith 123-45-6789.csv") must not put the SSN into the knowledge base.
            source: file == "-" ? "imported from standard input"
                : "imported from \(redactor.redact(URL(fileURLWithPath: file).lastPathComponent))",
            reviewed: ReviewDate(year: now.year ?? 2026, month: now.month ?? 1, day: now.day ?? 1))
        importer.redactor = redactor
        let target = URL(fileURLWithPath: out).appendingPathComponent("imported.yaml")
        let languageTarget = URL(fileURLWithPath: out).appendingPathComponent("language.yaml")
        for path in [target.path] + (noLanguage ? [] : [languageTarget.path]) where FileManager.default.fileExists(atPath: path) && !force {
            Terminal.error("'\(path)' exists; use --force to replace it")
            throw ExitCode(1)
        }
        // The language file is made only when it is written: --no-language makes none.
        let text = noLanguage ? nil : try source.flatMap { try importer.languageYAML(from: $0.knowledgeBase.lexicon) }
        if let source, text == nil, !noLanguage {
            Terminal.writeError("helpdesk: note: \(source.folder) has no follow-up phrasings or connectors to copy")
        }
        let language = source.flatMap { found in text.map { (text: $0, source: found.folder) } }
        let imported = importer.entries(from: rows)
        // An import that does not load (its entries clash with a KB already in the folder) leaves the folder as it was.
        let before = SavedFiles([target] + (language == nil ? [] : [languageTarget]))
        let yaml = try importer.yaml(for: imported)
        do {
            try ImportFolder.create(out)
            try ImportFolder.write(yaml, to: target.path)
            if let language { try ImportFolder.write(language.text, to: languageTarget.path) }
            let (kb, _) = try KnowledgeBaseLoader().load(directory: out)
            // Paths the user typed are redacted, as in errors ("Smith 123-45-6789/imported.yaml").
            print("Wrote \(redactor.redact(target.path)): \(imported.summary(rows: rows.count))")
            if imported.ignoredDetails > 0 {
                let n = imported.ignoredDetails
                Terminal.writeError("helpdesk: warning: \(n) \(n == 1 ? "row gives" : "rows give") an entry another title or answer "
                    + "than its first row; the first was kept (\(imported.entriesWithIgnoredDetails.joined(separator: ", ")))")
            }
            if let language {
                print(redactor.redact("Wrote \(languageTarget.path): follow-up phrasings and problem connectors from \(language.source)"))
            }
            // A folder that held a KB already: its totals, said apart from what this import made (another file can
            // add entries and off-topic examples, never questions to an imported entry: that id would be a duplicate).
            if kb.entries.count != imported.entries.count || kb.outOfScope.count != imported.outOfScope.count {
                print("\(redactor.redact(URL(fileURLWithPath: out).path)) now holds \(kb.summary) in all")
            }
        } catch let error as KnowledgeBaseError {
            before.restore()
            reportFailedImport(error, rows: rows, importer: importer, written: [target.path, languageTarget.path],
                               replaced: force ? [target.path] : [], redactor: redactor)
            throw ExitCode(1)
        } catch let error as ImportError {
            before.restore()
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }

    /// Why the folder did not load with the import in it (it is already restored): it did not load before either (kb
    /// check names its faults); the CSV's labels name entries it already holds (each named with its CSV line and where
    /// the entry is); else the loader's errors, those in the files the import wrote named as the import's, since
    /// those files are gone.
    private func reportFailedImport(_ error: KnowledgeBaseError, rows: [LabeledQuestion], importer: KnowledgeBaseImporter,
                                    written: [String], replaced: [String], redactor: Redactor) {
        let folder = redactor.redact(out).terminalSafeLine
        let hadFiles = (try? FileManager.default.contentsOfDirectory(atPath: out))?.contains { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") } ?? false
        if hadFiles {
            do {
                let existing = try KnowledgeBaseLoader().load(directory: out).0
                let clashes = importer.clashes(rows, with: existing, replaced: Set(replaced.map(KnowledgeBaseImporter.standardized)))
                if !clashes.isEmpty {
                    let shownFile = file == "-" ? "standard input" : redactor.redact(file).terminalSafeLine
                    // Each part is redacted already; the line as a whole is not ("...password' is already" is no password).
                    clashes.forEach { Terminal.writeError("helpdesk: error: " + $0.description(file: shownFile, folder: folder, redactor: redactor).terminalSafe) }
                    Terminal.error("nothing was imported; \(folder) is left as it was")
                    return
                }
            } catch {
                Terminal.error("\(folder) does not load even before the import, so nothing was imported; "
                    + KnowledgeBaseCheckHint(path: out).text + " to see why")
                return
            }
        }
        let written = Set(written.map(KnowledgeBaseImporter.standardized))
        for diagnostic in error.diagnostics where diagnostic.severity == .error {
            if written.contains(KnowledgeBaseImporter.standardized(diagnostic.location.file)) {
                Terminal.writeRedactedError("helpdesk: error: the imported entries: \(diagnostic.message)")
            } else {
                Terminal.writeError(diagnostic.redacted().terminalSafe)
            }
        }
        Terminal.error("the imported knowledge base does not load; \(folder) is left as it was")
    }

    /// The knowledge base whose language data is copied and whose name lists redact names: `--language-from`, else
    /// HELPDESK_KB (unless it is DIR itself, which this import writes), else the shipped one.
    private var languageFolder: String? {
        if let languageFrom { return languageFrom }
        let environment = ProcessInfo.processInfo.environment
        let named = KnowledgeBaseLocator(explicit: nil, environment: environment).locate()
        let target = URL(fileURLWithPath: out).standardizedFileURL.path
        if let named, URL(fileURLWithPath: named).standardizedFileURL.path != target { return named }
        return KnowledgeBaseLocator(explicit: nil, environment: [:]).locate()
    }

    /// The knowledge base whose language data is copied, and whose redactor redacts the rows either way, with its
    /// folder; nil when no knowledge base is found and none was named (said on stderr, with what that costs: names
    /// are kept).
    private func languageSource() throws -> (folder: String, knowledgeBase: KnowledgeBase)? {
        guard let source = languageFolder else {
            Terminal.writeError("helpdesk: note: no knowledge base found to copy follow-up phrasings and connectors from, "
                + "nor its name lists: names in the questions are kept; give one with --language-from DIR")
            return nil
        }
        do {
            return (source, try KnowledgeBaseLoader().load(directory: source).0)
        } catch let error as KnowledgeBaseError {
            error.diagnostics.forEach { Terminal.writeError($0.redacted().terminalSafe) }
            let check = KnowledgeBaseCheckHint(path: source).text
            // With --no-language its language data is not copied, but its name lists still redact the questions.
            Terminal.error(noLanguage
                ? "\(source) does not load, and it is read even with --no-language, for its name lists, which redact names "
                    + "in the questions; \(check), or name another with --language-from"
                : "cannot read the language data of \(source): it does not load; \(check), or name another with --language-from")
            throw ExitCode(1)
        }
    }
}
