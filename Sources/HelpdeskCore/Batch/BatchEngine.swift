import Dispatch

/// The batch loop, streaming: read a chunk, parse questions, and once a round of `jobs × questionsPerJob` is
/// waiting, answer and format it on `jobs` threads in the background, while the calling thread writes the round
/// before it in input order and reads the next. The round is cut into `slicesPerJob` slices per thread, and each
/// thread takes the next free slice, so no thread idles while another still has a long slice.
/// Memory holds about two rounds (one being answered, one being read or written), whatever the input size.
public struct BatchEngine: Sendable {
    public var answerer: BatchAnswerer
    public var formatter: any BatchRecordFormatter
    public var jobs: Int
    public var questionsPerJob: Int
    /// Slices per thread in a round: enough that slow questions even out between threads.
    static let slicesPerJob = 8
    /// The most threads a run uses; more would only hold more of the input in memory (a round is `jobs` times
    /// `questionsPerJob` questions), and `Int.max` of them overflowed the round's size.
    public static let maxJobs = 1024

    public init(answerer: BatchAnswerer, formatter: any BatchRecordFormatter, jobs: Int, questionsPerJob: Int = 256) {
        self.answerer = answerer
        self.formatter = formatter
        self.jobs = min(max(1, jobs), Self.maxJobs)
        self.questionsPerJob = min(max(1, questionsPerJob), 1 << 20)
    }

    /// Runs to the end of the input. `read` returns the next chunk, empty at the end; `write` takes output in order;
    /// `observe`, when given, sees every record in order on the calling thread (records are not kept otherwise);
    /// `progress` is called after each slice of a round is written, with the counts so far; `notice` gets, in input
    /// order on the calling thread, a line for each bad line whose error is reported on stderr too ("line 7: ':quit'
    /// is an interactive command; ...", `LineError.isReportedOnStandardError`).
    /// A round is answered in the background while the calling thread writes the round before it and reads the
    /// next, so the answering threads do not wait for the input and output.
    public func run(reader: inout some QuestionReader,
                    read: () throws(BatchError) -> [UInt8],
                    write: ([UInt8]) throws(BatchError) -> Void,
                    observe: ((BatchRecord) -> Void)? = nil,
                    notice: (String) -> Void = { _ in },
                    progress: (BatchSummary) -> Void = { _ in }) throws(BatchError) -> BatchSummary {
        var formatter = self.formatter
        var summary = BatchSummary()
        var pending: [BatchQuestion] = []
        let roundSize = jobs * questionsPerJob
        var inFlight: AnsweringRound?
        // On an error, the round still being answered is waited for, so no thread outlives the call.
        defer { inFlight?.wait() }

        // The header needs the pass-through column names, known once the reader has seen the input's first line.
        var header: String?
        var headerWritten = false
        func writeHeader() throws(BatchError) {
            guard !headerWritten else { return }
            headerWritten = true
            let text = header ?? formatter.start(passThroughNames: reader.passThroughNames)
            if !text.isEmpty { try write(Array(text.utf8)) }
        }
        func emit(_ round: AnsweringRound) throws(BatchError) {
            try writeHeader()
            for part in round.wait() {
                summary.add(part.summary)
                part.notices.forEach(notice)
                if let observe { part.records.forEach(observe) }
                if !part.bytes.isEmpty { try write(part.bytes) }
                progress(summary)
            }
        }
        /// Starts answering `pending`, then writes the round that was in flight.
        func startRound() throws(BatchError) {
            if header == nil { header = formatter.start(passThroughNames: reader.passThroughNames) }
            let previous = inFlight
            inFlight = pending.isEmpty ? nil
                : AnsweringRound(engine: self, questions: pending, formatter: formatter, keepRecords: observe != nil)
            pending.removeAll(keepingCapacity: true)
            if let previous { try emit(previous) }
        }

        while true {
            let chunk = try read()
            if chunk.isEmpty { break }
            pending += try reader.feed(chunk)
            if pending.count >= roundSize { try startRound() }
        }
        pending += try reader.finish()
        try startRound()
        if let last = inFlight {
            inFlight = nil
            try emit(last)
        }
        // Input with no question at all still gets its header.
        try writeHeader()
        return summary
    }

    /// Answers and formats `questions` on up to `jobs` threads; each slice's counts, bytes and (when `keepRecords`)
    /// records, in input order.
    func answer(_ questions: [BatchQuestion], formatter: any BatchRecordFormatter, keepRecords: Bool = true) -> [AnsweredSlice] {
        let threads = min(jobs, questions.count)
        let slices = threads == 1 ? 1 : min(questions.count, threads * Self.slicesPerJob)
        let answerer = self.answerer
        return parallelMap(slices, threads: threads) { slice -> AnsweredSlice in
            // Sizes differ by at most one, and no slice is empty (ceiling-sized slices could run past the end).
            let range = slice * questions.count / slices..<(slice + 1) * questions.count / slices
            var part = AnsweredSlice()
            if keepRecords { part.records.reserveCapacity(range.count) }
            part.bytes.reserveCapacity(range.count * 2048)
            for question in questions[range] {
                let record = answerer.record(for: question)
                formatter.append(record, to: &part.bytes)
                part.summary.add(record)
                if let error = record.lineError, error.isReportedOnStandardError { part.notices.append("line \(record.line): \(error)") }
                if keepRecords { part.records.append(record) }
            }
            return part
        }
    }
}

/// One slice of a round: its counts, its output, its lines for stderr, and its records when they are kept.
struct AnsweredSlice: Sendable {
    var summary = BatchSummary()
    var notices: [String] = []
    var records: [BatchRecord] = []
    var bytes: [UInt8] = []
}

/// A round being answered on a background thread; `wait()` returns its slices once they are done.
final class AnsweringRound: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once by the background thread before `done` is left, read only after waiting on `done`.
    private var slices: [AnsweredSlice] = []

    init(engine: BatchEngine, questions: [BatchQuestion], formatter: any BatchRecordFormatter, keepRecords: Bool) {
        done.enter()
        DispatchQueue.global().async { [self] in
            slices = engine.answer(questions, formatter: formatter, keepRecords: keepRecords)
            done.leave()
        }
    }

    @discardableResult
    func wait() -> [AnsweredSlice] {
        done.wait()
        return slices
    }
}
