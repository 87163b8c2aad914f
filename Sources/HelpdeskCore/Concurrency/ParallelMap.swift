import Dispatch
import Foundation

/// `transform` applied to every index in `0..<count`, on all cores at once; the results come back in index order.
func parallelMap<Value>(_ count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
    let results = IndexedResults<Value>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { i in results.set(i, transform(i)) }
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
