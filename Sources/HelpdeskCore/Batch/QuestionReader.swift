/// Turns raw input bytes, fed in chunks of any size, into questions in input order; never stops on bad input.
public protocol QuestionReader {
    /// Names of the pass-through columns (CSV input, once the header is read); empty for other formats.
    var passThroughNames: [String] { get }

    /// Feeds a chunk; returns the questions it completed.
    mutating func feed(_ chunk: [UInt8]) throws(BatchError) -> [BatchQuestion]

    /// Ends the input; returns what was left.
    mutating func finish() throws(BatchError) -> [BatchQuestion]
}
