import Foundation
import Synchronization

/// "kb test: 120 of 1498 done" (folds; one example each when leaving one out) on a `StatusLine`, once the folds have
/// run for half a second; updated from whichever thread finished a fold.
final class FoldProgress: Sendable {
    private let started = DispatchTime.now().uptimeNanoseconds
    private let line = Mutex(StatusLine())

    func update(done: Int, total: Int) {
        guard DispatchTime.now().uptimeNanoseconds - started > 500_000_000 else { return }
        line.withLock { $0.show { "kb test: \(done) of \(total) done" } }
    }

    func clear() {
        line.withLock { $0.clear() }
    }
}
