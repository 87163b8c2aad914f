import Foundation

/// The package's own folders, found from this source file.
public enum PackagePaths {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let shippedKnowledgeBase = root.appendingPathComponent("KnowledgeBase").path
}
