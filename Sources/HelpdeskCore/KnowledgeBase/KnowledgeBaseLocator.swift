import Foundation

/// Finds the knowledge base to use: `--kb`, then `HELPDESK_KB`, then the one shipped beside the binary.
public struct KnowledgeBaseLocator: Sendable {
    public static let environmentVariable = "HELPDESK_KB"

    public var explicit: String?
    public var environment: [String: String]
    public var executablePath: String?

    public init(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                executablePath: String? = KnowledgeBaseLocator.currentExecutable()) {
        self.explicit = explicit
        self.environment = environment
        self.executablePath = executablePath
    }

    /// The folder to load, or nil when none was given and none was found beside the binary.
    public func locate() -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment[Self.environmentVariable], !path.isEmpty { return path }
        return shipped()
    }

    /// Installed: `<prefix>/bin/helpdesk` reads `<prefix>/share/helpdesk/KnowledgeBase`.
    /// Built: `.build/<config>/helpdesk` reads the package's `KnowledgeBase`, found by walking up.
    func shipped() -> String? {
        guard let executablePath else { return nil }
        var directory = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
        let installed = directory.deletingLastPathComponent().appendingPathComponent("share/helpdesk/KnowledgeBase")
        if Self.isKnowledgeBase(installed.path) { return installed.path }
        for _ in 0..<8 {
            let candidate = directory.appendingPathComponent("KnowledgeBase")
            if Self.isKnowledgeBase(candidate.path), FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return candidate.path
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        return nil
    }

    static func isKnowledgeBase(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public static func currentExecutable() -> String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
    }
}
