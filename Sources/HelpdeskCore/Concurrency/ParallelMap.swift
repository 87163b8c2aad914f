import Dispatch
import Foundation
import Synchronization

/// `transform` applied to every index in `0..<count` on up to `threads` threads (default: every core); each thread
/// takes the next index not yet taken, so a slow one holds up no other. The results come back in index order.
func parallelMap<Value>(_ count: Int, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                        _ transform: @Sendable (Int) -> Value) -> [Value] {
    let results = IndexedResults<Value>(count: count)
    let workers = max(1, min(threads, count))
    if workers == 1 {
        for i in 0..<count { results.set(i, transform(i)) }
    } else {
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard i < count else { break }
                results.set(i, transform(i))
            }
        }
    }
    return results.all()
}

/// One slot per index, each written once by whichever thread computed it.
private final class IndexedResults<Value>: @unchecked Sendable {
    private var values: [Value?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Value) {
        lock.lock()
        values[i] = value
        lock.unlock()
    }

    func all() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return values.map { $0! }
    }
}
