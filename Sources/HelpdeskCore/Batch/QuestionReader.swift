/// Turns raw input bytes, fed in chunks of any size, into questions in input order; never stops on bad input.
public protocol QuestionReader {
    /// Names of the pass-through columns (CSV input, once the header is read); empty for other formats.
    var passThroughNames: [String] { get }

    /// Names of fields a later record gives that `passThroughNames` lack (JSONL: an object with a field the first one
    /// has not), redacted, in the order first seen; CSV output has no column for them.
    var namesBeyondPassThrough: [String] { get }

    /// Feeds a chunk; returns the questions it completed.
    mutating func feed(_ chunk: [UInt8]) throws(BatchError) -> [BatchQuestion]

    /// Ends the input; returns what was left.
    mutating func finish() throws(BatchError) -> [BatchQuestion]
}

extension QuestionReader {
    public var namesBeyondPassThrough: [String] { [] }
}
