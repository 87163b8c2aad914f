extension MetaCommand {
    /// The command in a line of the interactive session: a `:` command (`init(_:)`), or `.quit` for a line that is
    /// one of `exitWords` ("quit", "Exit."). Nil for a question.
    public init?(_ line: String, exitWords: ExitWords) {
        if let command = MetaCommand(line) {
            self = command
        } else if exitWords.contains(line) {
            self = .quit
        } else {
            return nil
        }
    }
}
