import FuzzHarness

/// One temporary knowledge-base folder per process; each input overwrites its only file.
let harness: KnowledgeBaseLoaderFuzzHarness = {
    do {
        return try KnowledgeBaseLoaderFuzzHarness()
    } catch {
        fatalError("cannot make a temporary folder: \(error)")
    }
}()
