import Foundation
import Synchronization

/// What a run does on SIGINT, SIGTERM or SIGHUP once `install()` was called: removes every uncommitted `AtomicFile`
/// temporary, writes the last notice given to `setNotice(_:)` on stderr, and exits 128 + the signal. Between `hold()`
/// and `release()` (while output is being written) the exit waits for `release()`, so output already written ends
/// with a whole record. The handler only reads preformatted bytes and calls `unlink`, `write` and `_exit`.
public enum Interruption {
    private static let capacity = 2048
    /// Two notice buffers: one being filled while the handler may read the other.
    nonisolated(unsafe) private static let buffers = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * capacity)
    nonisolated(unsafe) private static let lengths: UnsafeMutablePointer<Int> = {
        let lengths = UnsafeMutablePointer<Int>.allocate(capacity: 2)
        lengths.initialize(repeating: 0, count: 2)
        return lengths
    }()
    private static let published = Atomic<Int>(0)
    private static let holding = Atomic<Bool>(false)
    private static let pending = Atomic<Int32>(0)

    /// Installs the handler for SIGINT, SIGTERM and SIGHUP.
    public static func install() {
        // Static storage is made on first use, which a signal handler must not be the one to do.
        _ = (buffers, lengths, published.load(ordering: .relaxed), holding.load(ordering: .relaxed), pending.load(ordering: .relaxed))
        AtomicFileRegistry.prepare()
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                guard Interruption.holding.load(ordering: .acquiring) else { Interruption.finish(received) }
                Interruption.pending.store(received, ordering: .releasing)
                // `release()` may have run between the check and the store, and would not have seen this signal.
                if !Interruption.holding.load(ordering: .acquiring) { Interruption.finish(received) }
            }
        }
    }

    /// The text written on stderr when a signal ends the run (cut to 2 KiB); empty writes nothing.
    public static func setNotice(_ text: String) {
        let next = 1 - published.load(ordering: .acquiring)
        let bytes = Array(text.utf8.prefix(capacity))
        bytes.withUnsafeBufferPointer { (buffers + next * capacity).update(from: $0.baseAddress!, count: bytes.count) }
        lengths[next] = bytes.count
        published.store(next, ordering: .releasing)
    }

    /// A signal from now until `release()` ends the run only at `release()`.
    public static func hold() {
        holding.store(true, ordering: .releasing)
    }

    /// Ends a `hold()`; a signal that came during it ends the run now.
    public static func release() {
        holding.store(false, ordering: .releasing)
        let received = pending.load(ordering: .acquiring)
        if received != 0 { finish(received) }
    }

    private static func finish(_ received: Int32) -> Never {
        AtomicFileRegistry.unlinkAll()
        let current = published.load(ordering: .acquiring)
        var offset = 0
        while offset < lengths[current] {
            let written = Foundation.write(STDERR_FILENO, buffers + current * capacity + offset, lengths[current] - offset)
            if written <= 0 && errno != EINTR { break }
            offset += max(0, written)
        }
        _exit(128 + received)
    }
}
