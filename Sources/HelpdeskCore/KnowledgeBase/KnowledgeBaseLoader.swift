import Foundation
import Yams

/// Loads a knowledge-base directory: reads every YAML file, validates it, and reports every problem found.
public struct KnowledgeBaseLoader: Sendable {
    /// Files larger than this (16 MiB) are refused before parsing; `YAMLStructureLimit` bounds what a smaller one may hold.
    public static let maximumFileBytes = 16 * 1024 * 1024

    public init() {}

    /// The loaded knowledge base and its warnings; throws `KnowledgeBaseError` listing every error.
    /// With a `cache`, a KB that loaded without errors is stored as a snapshot keyed by its files' bytes and this
    /// build, and the next load of the same files decodes it instead of parsing and checking the YAML again.
    public func load(directory: String, cache: ModelCache? = nil) throws -> (KnowledgeBase, warnings: [Diagnostic]) {
        let files = try yamlFiles(in: directory)
        let reads = files.map { Self.readBounded($0, limit: Self.maximumFileBytes) }
        var filesDigest = ContentDigest()
        for (path, read) in zip(files, reads) {
            filesDigest.add(String(path.split(separator: "/").last ?? ""))
            var content = ContentDigest()
            if case .bytes(let data) = read { data.withUnsafeBytes { content.add($0) } }
            filesDigest.add(content.value)
        }
        // The folder's path is part of the snapshot's key too: entries remember the file and line they came from.
        var snapshotDigest = filesDigest
        snapshotDigest.add(URL(fileURLWithPath: directory).standardizedFileURL.path)
        let snapshotName = cache == nil ? nil : KnowledgeBaseSnapshot.name(filesDigest: snapshotDigest.value)
        if let cache, let snapshotName, let data = cache.data(named: snapshotName),
           let snapshot = try? KnowledgeBaseSnapshot(data: data) {
            var kb = snapshot.knowledgeBase(origin: directory)
            kb.sourceDigest = Self.sourceDigest(files: filesDigest, lexicon: kb.lexicon)
            return (kb, snapshot.warnings)
        }
        // Files are parsed at the same time (parsing is most of loading); their results join in path order.
        let results = parallelMap(files.count) { parse(path: files[$0], read: reads[$0]) }
        var diagnostics: [Diagnostic] = []
        for result in results { diagnostics += result.diagnostics }
        var kb = merge(results.compactMap(\.file), directory: directory, complete: !results.contains { $0.file == nil },
                       diagnostics: &diagnostics)
        kb.sourceDigest = Self.sourceDigest(files: filesDigest, lexicon: kb.lexicon)
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw KnowledgeBaseError(diagnostics: diagnostics, partial: kb)
        }
        if let cache, let snapshotName {
            cache.store(data: KnowledgeBaseSnapshot(kb, warnings: diagnostics).data, named: snapshotName)
        }
        return (kb, diagnostics)
    }

    /// `KnowledgeBase.sourceDigest`: the files' digest and the word lists'.
    private static func sourceDigest(files: ContentDigest, lexicon: Lexicon) -> UInt64 {
        var digest = files
        if let words = lexicon.dictionary { digest.add(words.digest) }
        if let names = lexicon.givenNames { digest.add(names.digest) }
        return digest.value
    }

    /// The `.yaml` and `.yml` files under the directory, sorted by path; hidden files and folders are skipped.
    func yamlFiles(in directory: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        // The folder as a whole: no line number (it read "/nonexistent:1: error: ...").
        let location = SourceLocation(file: directory, line: 0)
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw KnowledgeBaseError(diagnostics: [Diagnostic(.error, "knowledge-base folder not found", at: location)])
        }
        guard isDirectory.boolValue else {
            throw KnowledgeBaseError(diagnostics: [Diagnostic(.error, "not a folder; give the knowledge-base folder", at: location)])
        }
        // The enumerator below would find nothing in a folder it may not list, and say there are no YAML files.
        guard access(directory, R_OK | X_OK) == 0 else {
            throw KnowledgeBaseError(diagnostics: [Diagnostic(.error, "cannot read the knowledge-base folder: \(String(cString: strerror(errno)))", at: location)])
        }
        let root = URL(fileURLWithPath: directory)
        let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]
        )
        var paths: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            let ext = url.pathExtension.lowercased()
            if ext == "yaml" || ext == "yml" { paths.append(url.path) }
        }
        guard !paths.isEmpty else {
            throw KnowledgeBaseError(diagnostics: [Diagnostic(.error, "no .yaml files in the knowledge-base folder", at: location)])
        }
        return paths.sorted()
    }

    /// One file parsed and validated: what it holds (nil when it cannot be parsed) and its problems.
    struct FileResult {
        var file: KnowledgeBaseFile?
        var diagnostics: [Diagnostic]
    }

    func parse(path: String, read: BoundedRead) -> FileResult {
        var diagnostics: [Diagnostic] = []
        let reader = NodeReader(file: path)
        let root = parse(path: path, read: read, into: &diagnostics)
        // No tree and no problem: the file is empty (or only comments), which `NodeReader.file` reports.
        let file = root != nil || diagnostics.isEmpty ? reader.file(root, path: path) : nil
        return FileResult(file: file, diagnostics: diagnostics + reader.diagnostics)
    }

    /// Parses one file's bytes into a YAML tree, after the checks that keep hostile files cheap.
    private func parse(path: String, read: BoundedRead, into diagnostics: inout [Diagnostic]) -> Node? {
        let start = SourceLocation(file: path, line: 1)
        let data: Data
        switch read {
        case .bytes(let bytes):
            data = bytes
        case .refused(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let marks = data.withUnsafeBytes { YAMLStructureLimit.marks(in: $0) }
        guard marks <= YAMLStructureLimit.maximumMarks else {
            diagnostics.append(Diagnostic(
                .error, "the file holds more than \(YAMLStructureLimit.maximumMarks) YAML values; split the knowledge base into smaller files",
                at: start))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
            diagnostics.append(TextEncodingProblem.diagnostic(for: data, file: path) ?? Diagnostic(.error, "not UTF-8 text", at: start))
            return nil
        }
        do {
            // The basic resolver leaves every scalar's tag as text (NodeReader converts numbers and spots nulls
            // itself): resolving tags runs regular expressions over every value, a third of the parse.
            let root = try Yams.compose(yaml: text, .basic)
            if let root, NodeBudget.exceeds(root, limit: data.count + 64) {
                diagnostics.append(Diagnostic(
                    .error, "the file expands to more values than it holds (YAML aliases); aliases that repeat content are not supported",
                    at: start))
                return nil
            }
            return root
        } catch let error as YamlError {
            diagnostics += YAMLSyntaxError.diagnostics(for: error, file: path)
        } catch {
            diagnostics.append(Diagnostic(.error, "cannot parse YAML: \(error)", at: start))
        }
        return nil
    }
}
