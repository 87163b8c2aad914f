import Foundation

/// The files a batch run reads and writes, checked before anything is written: neither `--output` nor
/// `--unanswered` may be the input file, however spelled (a symbolic or hard link, `./`, a symbolic link to its
/// folder), and they may not be the same file as each other, unless it is a character device such as `/dev/null`.
/// `-` is standard output for `--output` only; `--unanswered -` is refused rather than creating a file named `-`.
public struct BatchPaths: Sendable {
    /// The input file, or `-` for standard input.
    public var input: String
    /// `--output`; nil or `-` for standard output.
    public var output: String?
    public var unanswered: String?

    public init(input: String, output: String?, unanswered: String?) {
        self.input = input
        self.output = output
        self.unanswered = unanswered
    }

    /// Throws when a path is empty (it names no file: `-o ""` tried to write the current folder), or an output would
    /// replace the input or the other output.
    public func check() throws(BatchPathError) {
        if input.isEmpty { throw .emptyPath(option: nil) }
        if output?.isEmpty == true { throw .emptyPath(option: "--output") }
        if unanswered?.isEmpty == true { throw .emptyPath(option: "--unanswered") }
        if unanswered == "-" { throw .unansweredIsStandardOutput }
        let output = self.output.flatMap { $0 == "-" ? nil : $0 }
        let outputIdentity = output.map(FileIdentity.init(path:))
        let unansweredIdentity = unanswered.map(FileIdentity.init(path:))
        // Only a regular input can be overwritten; a device or pipe (`/dev/null` on both sides) is harmless.
        let inputIdentity = input == "-" ? FileIdentity(descriptor: STDIN_FILENO) : FileIdentity(path: input)
        if let inputIdentity, inputIdentity.isRegularFile {
            if let output, outputIdentity == inputIdentity {
                throw .outputIsInput(option: "--output", path: output, input: input)
            }
            if let unanswered, unansweredIdentity == inputIdentity {
                throw .outputIsInput(option: "--unanswered", path: unanswered, input: input)
            }
        }
        // Both written directly, a device such as /dev/null loses nothing by being named twice.
        if let output, let unanswered, outputIdentity == unansweredIdentity, outputIdentity?.isCharacterDevice != true {
            throw .outputsAreOneFile(output: output, unanswered: unanswered)
        }
    }
}

/// Batch command lines whose files clash or name no file: a usage error, reported before anything is written.
public enum BatchPathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `option` names the input file (`input` is `-` when it is standard input, redirected from that file).
    case outputIsInput(option: String, path: String, input: String)
    case outputsAreOneFile(output: String, unanswered: String)
    /// `--unanswered -`: standard output carries the answers (or nothing, with `--output`); `./-` names a file `-`.
    case unansweredIsStandardOutput
    /// An empty file name given to `option` (nil: the input file argument).
    case emptyPath(option: String?)

    public var description: String {
        switch self {
        case let .outputIsInput(option, path, input):
            let what = input == "-" ? "the file standard input reads" : "the input file '\(input)'"
            return "\(option) '\(path)' is \(what); writing it would replace the questions: choose another file"
        case let .outputsAreOneFile(output, unanswered):
            return "--output '\(output)' and --unanswered '\(unanswered)' are the same file: choose two different files"
        case .emptyPath(let option?):
            let standardOutput = option == "--output" ? " (- or no --output is standard output)" : ""
            return "\(option) needs a file name, and '' is empty\(standardOutput)"
        case .emptyPath(nil):
            return "the file of questions needs a name, and '' is empty (- is standard input)"
        case .unansweredIsStandardOutput:
            return "--unanswered needs a file name, not '-' (standard output is for the answers; write ./- for a file named '-')"
        }
    }
}
