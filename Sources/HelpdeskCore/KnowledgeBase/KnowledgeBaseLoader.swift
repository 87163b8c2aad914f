import Foundation
import Yams

/// Loads a knowledge-base directory: reads every YAML file, validates it, and reports every problem found.
public struct KnowledgeBaseLoader: Sendable {
    /// Files larger than this (16 MiB) are refused before parsing; `YAMLStructureLimit` bounds what a smaller one may hold.
    public static let maximumFileBytes = 16 * 1024 * 1024

    public init() {}

    /// The loaded knowledge base and its warnings; throws `KnowledgeBaseError` listing every error.
    public func load(directory: String) throws -> (KnowledgeBase, warnings: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let files = try yamlFiles(in: directory)
        // Files are read and parsed at the same time (parsing is most of loading); their results join in path order.
        let results = parallelMap(files.count) { read(path: files[$0]) }
        var parsed: [KnowledgeBaseFile] = []
        var digest = ContentDigest()
        for (i, result) in results.enumerated() {
            digest.add(String(files[i].split(separator: "/").last ?? ""))
            digest.add(result.digest)
            if let file = result.file { parsed.append(file) }
            diagnostics += result.diagnostics
        }
        var kb = merge(parsed, directory: directory, diagnostics: &diagnostics)
        if let words = kb.lexicon.dictionary { digest.add(words.digest) }
        kb.sourceDigest = digest.value
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw KnowledgeBaseError(diagnostics: diagnostics)
        }
        return (kb, diagnostics)
    }

    /// The `.yaml` and `.yml` files under the directory, sorted by path; hidden files and folders are skipped.
    func yamlFiles(in directory: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        let location = SourceLocation(file: directory, line: 1)
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw KnowledgeBaseError(diagnostics: [Diagnostic(.error, "knowledge-base folder not found", at: location)])
        }
        guard isDirectory.boolValue else {
            throw KnowledgeBaseError(diagnostics: [Diagnostic(.error, "not a folder; give the knowledge-base folder", at: location)])
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

    /// One file read, parsed and validated: what it holds (nil when it cannot be parsed), its problems, and a digest of its bytes.
    struct FileResult {
        var file: KnowledgeBaseFile?
        var diagnostics: [Diagnostic]
        var digest: UInt64
    }

    func read(path: String) -> FileResult {
        var diagnostics: [Diagnostic] = []
        var digest = ContentDigest()
        let reader = NodeReader(file: path)
        let file = parse(path: path, digest: &digest, into: &diagnostics).map { reader.file($0, path: path) }
        return FileResult(file: file, diagnostics: diagnostics + reader.diagnostics, digest: digest.value)
    }

    /// Reads and parses one file, adding its bytes to `digest`.
    private func parse(path: String, digest: inout ContentDigest, into diagnostics: inout [Diagnostic]) -> Node? {
        let start = SourceLocation(file: path, line: 1)
        let data: Data
        switch Self.readBounded(path, limit: Self.maximumFileBytes) {
        case .bytes(let read):
            data = read
            data.withUnsafeBytes { digest.add($0) }
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
            diagnostics.append(Diagnostic(.error, "not UTF-8 text", at: start))
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
            diagnostics.append(YAMLSyntaxError.diagnostic(for: error, file: path))
        } catch {
            diagnostics.append(Diagnostic(.error, "cannot parse YAML: \(error)", at: start))
        }
        return nil
    }
}

