import ArgumentParser
import Foundation
import HelpdeskCore

/// The `--kb` option every command takes, and loading the knowledge base it names.
struct KBOptions: ParsableArguments {
    @Option(name: .customLong("kb"), help: ArgumentHelp(
        "Knowledge-base folder (default: HELPDESK_KB, else the shipped one).", valueName: "dir"))
    var directory: String?

    /// `--kb ""` (`--kb "$DIR"` with DIR unset) is a usage error; it quietly used the shipped knowledge base.
    func validate() throws {
        if directory?.isEmpty == true { throw ValidationError("--kb needs a folder name, and '' is empty") }
    }

    /// Loads and validates (a KB loaded before by this build comes from the cache, `HELPDESK_CACHE`); on errors
    /// prints each diagnostic to stderr and exits 1.
    func load() throws -> KnowledgeBase {
        guard let path = KnowledgeBaseLocator(explicit: directory).locate() else {
            Terminal.error("no knowledge base found; give one with --kb DIR or HELPDESK_KB")
            throw ExitCode(1)
        }
        let named = Self.origin(of: path, explicit: directory)
        // kb check cannot help with a folder that is not there: one line, saying where the name came from.
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if !exists || !isFolder.boolValue {
            let what = exists ? "not a folder:" : "no knowledge-base folder at"
            Terminal.error("\(what) \(path)\(named); give the knowledge-base folder with --kb DIR or HELPDESK_KB")
            throw ExitCode(1)
        }
        do {
            return try KnowledgeBaseLoader().load(directory: path, cache: .standard()).0
        } catch let error as KnowledgeBaseError {
            // Each names a file in the folder, whose name may hold personal data, as the line below does.
            for diagnostic in error.diagnostics where diagnostic.severity == .error { Terminal.writeError(diagnostic.redacted().terminalSafe) }
            // The hint names the folder only when redaction leaves its name runnable.
            Terminal.error("cannot load the knowledge base at \(path)\(named): \(Format.count(error.errors.count, "error")); "
                + KnowledgeBaseCheckHint(path: path).text)
            throw ExitCode(1)
        }
    }

    /// " (from HELPDESK_KB)" when `path` is the folder that variable names and --kb named none, else "": an error about
    /// a folder nobody typed on this command line says where its name came from.
    static func origin(of path: String, explicit: String?,
                       environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard explicit == nil, environment[KnowledgeBaseLocator.environmentVariable] == path else { return "" }
        return " (from \(KnowledgeBaseLocator.environmentVariable))"
    }
}
