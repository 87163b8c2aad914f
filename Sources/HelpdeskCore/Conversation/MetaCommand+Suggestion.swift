extension MetaCommand {
    /// The command a `:word` that is none most likely meant, for "did you mean": the word without the ?, . or ! it
    /// ends with (":why?" is ":why"), or a command name one letter off (":hepl" is ":help"), as a mistyped
    /// subcommand gets its name; nil when none is close.
    public static func suggestion(for name: String) -> String? {
        let typed = name.lowercased()
        let stripped = String(typed.reversed().drop { "?.!".contains($0) }.reversed())
        if stripped != typed, let known = MetaCommand(stripped), known != .unknown(stripped) {
            return stripped
        }
        guard stripped.count >= 4 else { return nil }
        return names.first { EditDistance.between(Array($0.utf8), Array(stripped.utf8), limit: 1) <= 1 }
    }
}
