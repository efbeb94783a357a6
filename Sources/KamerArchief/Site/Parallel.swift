import Foundation

/// Runs independent work on all cores and returns results in input order, so output stays
/// deterministic whatever order the work finishes in. `each` is told of every result as it is
/// done (from the worker threads, in no fixed order), for progress.
enum Parallel {
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], each: (@Sendable (Result) -> Void)? = nil, _ body: @Sendable (Item) -> Result
    ) -> [Result] {
        guard items.count > 1 else {
            return items.map { item in
                let result = body(item)
                each?(result)
                return result
            }
        }
        let buffer = ResultBuffer<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let result = body(items[index])
            each?(result)
            buffer.set(index, result)
        }
        return buffer.values
    }
}

/// Slots filled from several threads, each exactly once, under a lock.
private final class ResultBuffer<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.map { $0! } }
}

/// Work started on another thread at once, and waited for where its result is needed.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.done.signal()
        }
    }

    /// The work's result, once it is done; each caller waits for it.
    func wait() -> Value {
        done.wait()
        done.signal()
        return value!
    }
}
