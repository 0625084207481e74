import Foundation

/// Runs a piece of work on a thread of its own (with a stack big enough for any parser) and
/// hands back its result when asked, waiting for it. The work must not touch what the caller
/// touches meanwhile: it talks to the caller through a `RowWriter`.
final class ReadingThread<Value>: @unchecked Sendable {
    private let work: () throws -> Value
    private var outcome: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () throws -> Value) {
        self.work = work
        let thread = Thread { [self] in
            outcome = Result { try self.work() }
            done.signal()
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// The work's value once it is done.
    /// - Throws: what the work threw.
    func result() throws -> Value {
        done.wait()
        return try outcome!.get()
    }
}
