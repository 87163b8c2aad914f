extension KnowledgeBaseLocator {
    /// The folder a command line (`arguments`, without the program's name) names with `--kb DIR` or `--kb=DIR`, the
    /// last one given before a `--`, read without the parser: a usage error is redacted with that knowledge base's
    /// lists when the parser could not read the command line. Nil when none is named.
    public static func explicitFolder(in arguments: [String]) -> String? {
        var folder: String?
        var rest = arguments[...]
        while let argument = rest.popFirst(), argument != "--" {
            if argument == "--kb" {
                if let value = rest.first, value != "--" { folder = value; rest = rest.dropFirst() }
            } else if argument.hasPrefix("--kb=") {
                folder = String(argument.dropFirst("--kb=".count))
            }
        }
        return folder?.isEmpty == false ? folder : nil
    }
}
