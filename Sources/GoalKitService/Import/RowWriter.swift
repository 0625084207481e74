import Foundation
import GoalKit
import GoalKitStorage

/// Hands an import's rows from the thread that reads the file to the thread that owns the
/// database connection, so parsing and SQLite work at the same time (on two cores the file
/// is read while the previous rows go in).
///
/// The reading side calls `write` for each row and `perform` for anything that must see
/// the rows written so far (a rekey, a balance check, a rewind): `perform` waits until every
/// row before it is in, runs on the database thread and hands back its result. The database
/// thread calls `run` until the reading side calls `close`. Everything reaches the database in
/// the order it was sent, so the outcome is the same as writing on one thread.
final class RowWriter: @unchecked Sendable {
    private enum Message {
        case rows([NewExpense])
        case call(() -> Void)
    }

    let inserter: any ImportSession
    private let condition = NSCondition()
    private var messages: [Message] = []
    private var head = 0
    private var closed = false
    /// The first database error (of a row or of a call); once set, rows are dropped and
    /// `write` throws it.
    private var failure: (any Error)?
    /// Rows waiting to be sent (reading side).
    private var pending: [NewExpense] = []
    /// Lines added and found already there, by account (database side).
    var counts: [String: AccountImportCounts] = [:]
    /// Rows handed to the inserter so far.
    private var written = 0

    static let batchSize = 512
    static let maximumQueued = 8

    init(inserter: any ImportSession) {
        self.inserter = inserter
        pending.reserveCapacity(Self.batchSize)
    }

    /// The database error that stopped the writing, if any.
    var error: (any Error)? { condition.withLock { failure } }

    // MARK: Reading side

    /// Queues a row.
    /// - Throws: the database error that stopped the writing.
    func write(_ row: NewExpense) throws {
        pending.append(row)
        if pending.count >= Self.batchSize { try flush() }
    }

    /// Runs work on the database thread once every row sent before it is written. What the
    /// work throws stops the writing like any database error.
    /// - Throws: what the work throws, or the database error that stopped the writing.
    func perform<T>(_ work: @escaping (RowWriter) throws -> T) throws -> T {
        try flush()
        var result: Result<T, any Error>?
        let done = DispatchSemaphore(value: 0)
        try send(
            .call {
                result = Result { try work(self) }
                if case .failure(let error) = result { self.fail(error) }
                done.signal()
            })
        done.wait()
        return try result!.get()
    }

    /// No more rows: the database thread's `run` returns once it has written them.
    func close() {
        try? flush()
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        let rows = pending
        pending = []
        pending.reserveCapacity(Self.batchSize)
        try send(.rows(rows))
    }

    private func send(_ message: Message) throws {
        condition.lock()
        defer { condition.unlock() }
        while messages.count - head >= Self.maximumQueued && failure == nil { condition.wait() }
        if let failure, case .rows = message { throw failure }
        messages.append(message)
        condition.broadcast()
    }

    // MARK: Database side

    /// Writes what arrives until the reading side closes. After a database error it keeps
    /// taking messages (dropping rows, still running calls) so the reading side never waits
    /// for ever.
    func run() {
        while let message = next() {
            switch message {
            case .rows(let rows):
                guard error == nil else { continue }
                do {
                    // Runs of one account go in several rows to a statement.
                    var start = rows.startIndex
                    while start < rows.endIndex {
                        let account = rows[start].account
                        var end = start + 1
                        while end < rows.endIndex && rows[end].account == account { end += 1 }
                        let added = try inserter.insert(rows[start..<end])
                        written += end - start
                        TestPause.rows(written)
                        counts[account, default: AccountImportCounts(account: account)].added += added
                        counts[account, default: AccountImportCounts(account: account)].duplicates +=
                            end - start - added
                        start = end
                    }
                } catch {
                    fail(error)
                }
            case .call(let work):
                work()
            }
        }
    }

    /// Keeps the first database error: the writing stops, the reading side hears of it.
    private func fail(_ error: any Error) {
        condition.withLock {
            if failure == nil { failure = error }
            condition.broadcast()
        }
    }

    private func next() -> Message? {
        condition.lock()
        defer { condition.unlock() }
        while head == messages.count && !closed { condition.wait() }
        guard head < messages.count else { return nil }
        let message = messages[head]
        head += 1
        if head >= 64 && head * 2 >= messages.count {
            messages.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return message
    }
}
