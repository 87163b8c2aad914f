import ArgumentParser
import Foundation
import HelpdeskCore

/// Wires batch mode to files and the terminal: opens the input and outputs, runs `BatchEngine`, shows progress,
/// prints the summary and maps the outcome to an exit code.
struct BatchRunner {
    let knowledgeBase: KnowledgeBase
    let format: BatchFormat
    var inputFormat: InputFormat?
    var outputPath: String?
    var unansweredPath: String?
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var explain = false

    init(knowledgeBase: KnowledgeBase, format: BatchFormat) {
        self.knowledgeBase = knowledgeBase
        self.format = format
    }

    func run(path: String) throws {
        do {
            let summary = try answer(path: path)
            if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
        } catch let error as BatchError {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }

    private func answer(path: String) throws(BatchError) -> BatchSummary {
        let input = try InputFile(path: path)
        defer { input.close() }
        // Text read on a terminal is wrapped to it, as `ask` is; in a pipe or file each paragraph stays one line.
        let toTerminal = format == .text && (outputPath ?? "-") == "-" && Terminal.stdoutIsTerminal
        let renderer = toTerminal ? AnswerRenderer(width: Terminal.width) : AnswerRenderer()
        let answers = AnswerCache(knowledgeBase: knowledgeBase, renderer: renderer, forPeople: format.isForPeople)
        let matcher = Matcher(knowledgeBase: knowledgeBase)
        let shape = inputFormat ?? InputFormat(path: path)
        let engine = BatchEngine(answerer: BatchAnswerer(matcher: matcher, answers: answers, explain: explain),
                                 formatter: formatter(candidateCount: matcher.settings.candidateCount, answers: answers,
                                                      width: renderer.wrapper.width, input: shape), jobs: jobs)
        // File names are redacted once, as error lines redact them, with the knowledge base's word lists, and before
        // the files are made: from then on an interrupt writes the notice, which names them.
        let redactor = Redactor().knowing(redactionWords: knowledgeBase.lexicon.redactionWords)
        let shownNames = [outputPath, unansweredPath].compactMap { $0 }.reduce(into: [String: String]()) { names, path in
            names[path] = redactor.redact(path).terminalSafe
        }
        let shown = { (path: String) in shownNames[path] ?? redactor.redact(path).terminalSafe }
        Interruption.install()
        let output = try outputPath.flatMap { $0 == "-" ? nil : $0 }.map { path throws(BatchError) in try AtomicFile(path: path) }
        let unansweredFile = try unansweredPath.map { path throws(BatchError) in try AtomicFile(path: path) }
        // Records written as they are made (to standard output, a device or a pipe) are held from an interrupt until
        // they are whole and counted in its notice; a file renamed into place at the end is simply not written.
        // The notice is remade after every slice written.
        let streamedTo = output.map { $0.temporaryPath.isEmpty ? shown($0.path) : nil } ?? "standard output"
        let unwritten = [output, unansweredFile].compactMap { $0 }.filter { !$0.temporaryPath.isEmpty }.map { shown($0.path) }
        let endProgressLine = isatty(STDERR_FILENO) == 1 ? "\r\u{1B}[K" : ""
        func setInterruptNotice(lines: Int) {
            let fraction = input.size.map { $0 > 0 ? Double(input.bytesRead) / Double($0) : 1 }
            let notice = InterruptNotice(lines: lines, fraction: fraction, streamedTo: streamedTo, unwritten: unwritten)
            Interruption.setNotice(endProgressLine + "helpdesk: \(notice)\n")
        }
        setInterruptNotice(lines: 0)
        defer { Interruption.release() }
        var unanswered = UnansweredReport(knowledgeBase: knowledgeBase)
        var reader = shape.makeReader(redactor: matcher.redactor)
        var progress = ProgressLine(totalBytes: input.size)
        let started = DispatchTime.now()
        let summary: BatchSummary
        do {
            summary = try engine.run(
                reader: &reader,
                read: { () throws(BatchError) in try input.read() },
                write: { bytes throws(BatchError) in
                    if streamedTo != nil { Interruption.hold() }
                    if let output { try output.write(bytes) } else { try StandardOutput.write(bytes) }
                },
                observe: unansweredFile == nil ? nil : { record in unanswered.add(record) },
                notice: { line in
                    progress.clear()
                    Terminal.writeRedactedError("helpdesk: \(line)")
                },
                progress: { summary in
                    setInterruptNotice(lines: summary.total)
                    Interruption.release()
                    progress.update(lines: summary.total, bytesRead: input.bytesRead)
                })
            progress.clear()
            if format == .csv, !reader.namesBeyondPassThrough.isEmpty {
                Terminal.writeAlreadyRedactedError("helpdesk: warning: CSV output has the first JSON object's fields as its columns; "
                    + "later objects' " + reader.namesBeyondPassThrough.map { "'\($0)'" }.joined(separator: ", ")
                    + " were left out (give every object those fields first, or use --format jsonl)")
            }
            try unansweredFile?.write(unanswered.csv())
            try output?.commit()
            try unansweredFile?.commit()
        } catch {
            progress.clear()
            output?.discard()
            unansweredFile?.discard()
            throw error
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        Terminal.writeError("helpdesk: \(summary.description(seconds: seconds))")
        return summary
    }

    /// `width`: the terminal's, when text is shown there; nil in a pipe or file, where each paragraph stays one line.
    /// CSV output of JSONL input places each object's fields by name, in the columns of the first object's.
    private func formatter(candidateCount: Int, answers: AnswerCache, width: Int?, input: InputFormat) -> any BatchRecordFormatter {
        switch format {
        case .text: return TextRecordFormatter(width: width)
        case .jsonl: return JSONLRecordFormatter(answers: answers)
        case .csv:
            var formatter = CSVRecordFormatter(candidateCount: candidateCount, answers: answers, explain: explain)
            formatter.passThroughByName = input == .jsonl
            return formatter
        case .markdown: return MarkdownRecordFormatter()
        }
    }
}

/// The batch input: a file or standard input, read in 64 KiB chunks.
final class InputFile {
    let path: String
    private let descriptor: Int32
    /// Size of a regular file, for the progress bar; nil for pipes.
    let size: Int?
    private(set) var bytesRead = 0
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    /// Refuses UTF-16 and UTF-32 input once, at its first bytes.
    private var encoding: InputEncodingCheck

    init(path: String) throws(BatchError) {
        self.path = path
        encoding = InputEncodingCheck(path: path)
        descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw .cannotOpen(path: path, reason: "it is a folder; give a file of questions inside it")
        }
        size = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
    }

    /// The next chunk, once the input's first bytes show it is no UTF-16 or UTF-32; empty at the end.
    func read() throws(BatchError) -> [UInt8] {
        while true {
            let chunk = try readChunk()
            if chunk.isEmpty { return try encoding.finish() }
            let checked = try encoding.feed(chunk)
            if !checked.isEmpty { return checked }
        }
    }

    private func readChunk() throws(BatchError) -> [UInt8] {
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path: path, reason: String(cString: strerror(errno)))
            }
            bytesRead += count
            return Array(buffer[0..<count])
        }
    }

    func close() {
        if descriptor != STDIN_FILENO { Foundation.close(descriptor) }
    }
}

/// Writes whole buffers to standard output.
enum StandardOutput {
    static func write(_ bytes: [UInt8]) throws(BatchError) {
        try AtomicFile.write(bytes, to: STDOUT_FILENO, name: "standard output")
    }
}

/// A one-line progress display on stderr (a `StatusLine`), only when the input is large (a file over 1 MiB, or
/// standard input past 20,000 lines).
struct ProgressLine {
    let totalBytes: Int?
    private let started = DispatchTime.now().uptimeNanoseconds
    private var line = StatusLine()

    init(totalBytes: Int?) {
        self.totalBytes = totalBytes
    }

    mutating func update(lines: Int, bytesRead: Int) {
        guard line.enabled else { return }
        if let totalBytes { guard totalBytes > 1 << 20 else { return } } else { guard lines > 20_000 else { return } }
        let started = self.started, totalBytes = self.totalBytes
        line.show {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            let rate = seconds > 0 ? Int(Double(lines) / seconds) : 0
            var text = "\(lines) lines, \(rate) lines/s"
            if let totalBytes, totalBytes > 0 {
                let fraction = min(1, Double(bytesRead) / Double(totalBytes))
                let filled = Int(fraction * 30)
                text = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled) + "] "
                    + "\(Int(fraction * 100))%  " + text
            }
            return text
        }
    }

    mutating func clear() {
        line.clear()
    }
}
