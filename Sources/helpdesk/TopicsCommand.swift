import ArgumentParser
import HelpdeskCore

struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "topics", abstract: "List every entry: id and title.")

    @OptionGroup var kb: KBOptions

    func run() throws {
        let entries = try kb.load().entries
        let width = entries.map(\.id.count).max() ?? 0
        for entry in entries {
            print(entry.id + String(repeating: " ", count: width - entry.id.count + 2) + entry.title)
        }
    }
}
