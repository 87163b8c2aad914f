import Foundation
import Synchronization

/// "kb test: 120 of 1498 done" (folds; one example each when leaving one out) on stderr while the folds run, only
/// when stderr is a terminal and after half a second; redrawn at most 5 times a second, from whichever thread
/// finished a fold.
final class FoldProgress: Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let started = DispatchTime.now().uptimeNanoseconds
    /// When the line was last drawn, and whether it is on screen.
    private let state = Mutex<(lastDrawn: UInt64, shown: Bool)>((0, false))

    func update(done: Int, total: Int) {
        guard enabled else { return }
        state.withLock { state in
            let now = DispatchTime.now().uptimeNanoseconds
            guard now - state.lastDrawn > 200_000_000, now - started > 500_000_000 else { return }
            state.lastDrawn = now
            state.shown = true
            FileHandle.standardError.write(Data("\rkb test: \(done) of \(total) done\u{1B}[K".utf8))
        }
    }

    func clear() {
        state.withLock { state in
            if state.shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            state.shown = false
        }
    }
}
