import ArgumentParser
import Foundation
import HelpdeskCore

struct KBImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a knowledge base from a CSV of labelled questions.",
        discussion: """
            FILE.csv has the header question,entry and optionally title and answer (RFC 4180 quoting: commas, \
            quotes and newlines inside quoted fields are fine). Rows sharing an entry become one entry's example \
            questions; rows with an empty entry become out_of_scope examples. Writes DIR/imported.yaml and \
            checks the result loads.
            """
    )

    @Argument(help: "Labelled questions (CSV).")
    var file: String

    @Option(help: ArgumentHelp("Folder to write the knowledge base into (created if missing).", valueName: "dir"))
    var out: String

    @Flag(help: "Replace DIR/imported.yaml if it exists.")
    var force = false

    func run() throws {
        let rows: [LabeledQuestion]
        do {
            rows = try LabeledCSV.read(path: file)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
        guard rows.contains(where: { $0.entry != nil }) else {
            Terminal.error("\(file): no row names an entry; nothing to import")
            throw ExitCode(1)
        }
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        let importer = KnowledgeBaseImporter(
            source: "imported from \(URL(fileURLWithPath: file).lastPathComponent)",
            reviewed: ReviewDate(year: now.year ?? 2026, month: now.month ?? 1, day: now.day ?? 1))
        let target = URL(fileURLWithPath: out).appendingPathComponent("imported.yaml")
        if FileManager.default.fileExists(atPath: target.path), !force {
            Terminal.error("\(target.path) exists; use --force to replace it")
            throw ExitCode(1)
        }
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try importer.yaml(from: rows).write(to: target, atomically: true, encoding: .utf8)
            let (kb, _) = try KnowledgeBaseLoader().load(directory: out)
            print("Wrote \(target.path): \(kb.entries.count) entries, \(rows.count - kb.outOfScope.count) questions, \(kb.outOfScope.count) off-topic examples")
        } catch let error as KnowledgeBaseError {
            error.diagnostics.forEach { Terminal.writeError("\($0)") }
            Terminal.error("the imported knowledge base does not load")
            throw ExitCode(1)
        } catch {
            Terminal.error("cannot write \(target.path): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
