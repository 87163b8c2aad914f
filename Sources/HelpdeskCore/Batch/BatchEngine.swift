/// The batch loop, streaming: read a chunk, parse questions, and once a round of `jobs × questionsPerJob` is
/// waiting, answer and format it on `jobs` threads, then write the slices in input order. The round is cut into
/// `slicesPerJob` slices per thread, and each thread takes the next free slice, so no thread idles while another
/// still has a long slice.
/// Memory holds one round, whatever the input size.
public struct BatchEngine: Sendable {
    public var answerer: BatchAnswerer
    public var formatter: any BatchRecordFormatter
    public var jobs: Int
    public var questionsPerJob: Int
    /// Slices per thread in a round: enough that slow questions even out between threads.
    static let slicesPerJob = 8

    public init(answerer: BatchAnswerer, formatter: any BatchRecordFormatter, jobs: Int, questionsPerJob: Int = 256) {
        self.answerer = answerer
        self.formatter = formatter
        self.jobs = max(1, jobs)
        self.questionsPerJob = max(1, questionsPerJob)
    }

    /// Runs to the end of the input. `read` returns the next chunk, empty at the end; `write` takes output in order;
    /// `observe` sees every record in order on the calling thread; `progress` is called after each round.
    public func run(reader: inout some QuestionReader,
                    read: () throws(BatchError) -> [UInt8],
                    write: ([UInt8]) throws(BatchError) -> Void,
                    observe: (BatchRecord) -> Void = { _ in },
                    progress: (BatchSummary) -> Void = { _ in }) throws(BatchError) -> BatchSummary {
        var formatter = self.formatter
        var started = false
        var summary = BatchSummary()
        var pending: [BatchQuestion] = []
        let roundSize = jobs * questionsPerJob

        func flush() throws(BatchError) {
            if !started {
                started = true
                let header = formatter.start(passThroughNames: reader.passThroughNames)
                if !header.isEmpty { try write(Array(header.utf8)) }
            }
            guard !pending.isEmpty else { return }
            let (records, output) = answer(pending, formatter: formatter)
            pending.removeAll(keepingCapacity: true)
            for record in records {
                summary.add(record)
                observe(record)
            }
            try write(output)
            progress(summary)
        }

        while true {
            let chunk = try read()
            if chunk.isEmpty { break }
            pending += try reader.feed(chunk)
            if pending.count >= roundSize { try flush() }
        }
        pending += try reader.finish()
        try flush()
        return summary
    }

    /// Answers and formats `questions` on up to `jobs` threads; records and bytes come back in input order.
    func answer(_ questions: [BatchQuestion], formatter: any BatchRecordFormatter) -> ([BatchRecord], [UInt8]) {
        let threads = min(jobs, questions.count)
        let slices = threads == 1 ? 1 : min(questions.count, threads * Self.slicesPerJob)
        let answerer = self.answerer
        let parts = parallelMap(slices, threads: threads) { slice -> (records: [BatchRecord], bytes: [UInt8]) in
            // Sizes differ by at most one, and no slice is empty (ceiling-sized slices could run past the end).
            let range = slice * questions.count / slices..<(slice + 1) * questions.count / slices
            var records: [BatchRecord] = []
            records.reserveCapacity(range.count)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(range.count * 2048)
            for question in questions[range] {
                let record = answerer.record(for: question)
                formatter.append(record, to: &bytes)
                records.append(record)
            }
            return (records, bytes)
        }
        var output: [UInt8] = []
        output.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count })
        for part in parts { output += part.bytes }
        return (parts.flatMap(\.records), output)
    }
}
