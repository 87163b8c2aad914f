import Foundation

extension RedactionWords {
    /// The shipped knowledge base's lists (the folder found beside the binary: `KnowledgeBaseLocator.shipped()`), read
    /// from its `redaction.yaml` (the block alone, not the whole lexicon) on first use, for a redactor given none
    /// (`Redactor()`: file names, error messages, a knowledge base whose lexicon has no `redaction` block); no list when
    /// that file is missing or gives none.
    static let standard: RedactionWords = {
        guard let folder = KnowledgeBaseLocator(explicit: nil, environment: [:]).shipped() else { return .none }
        let path = folder + "/redaction.yaml"
        guard let data = FileManager.default.contents(atPath: path) else { return .none }
        return KnowledgeBaseLoader().parse(path: path, read: .bytes(data)).file?.lexicon?.redactionWords ?? .none
    }()
}
