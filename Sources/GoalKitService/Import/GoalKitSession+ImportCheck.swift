import Foundation
public import GoalKit
public import GoalKitStorage

/// How a batch reads under the current rules, against what it stored.
public struct ImportBatchCheck: Sendable {
    /// What reading the file again found.
    public enum Status: Sendable, Hashable {
        /// The same lines.
        case same
        /// Lines read differently (see the two lists).
        case differs
        /// The current rules refuse the file: the reason.
        case refused(String)
        /// The file is no longer where it was imported from.
        case fileMissing(String)
    }

    public var batch: ImportBatch
    public var status: Status
    /// Lines the current rules read that the batch did not store.
    public var readNow: [StoredLineFacts] = []
    /// Lines the batch stored that the current rules do not read.
    public var storedBefore: [StoredLineFacts] = []
}

/// Every batch checked, and the accounts whose lines mix currencies.
public struct ImportCheckReport: Sendable {
    public var batches: [ImportBatchCheck] = []
    public var mixedAccounts: [(account: String, currencies: [String])] = []

    /// Whether anything reads differently now.
    public var isClean: Bool { mixedAccounts.isEmpty && batches.allSatisfy { $0.status == .same } }
}

extension GoalKitSession {
    /// Reads every batch's file again (where it still is) with the options it was imported
    /// with and the current rules, and lists the lines they read differently, and the
    /// accounts that mix currencies. Nothing is changed.
    /// - Throws: `ServiceError` for the database.
    public func checkImports() throws(ServiceError) -> ImportCheckReport {
        var report = ImportCheckReport()
        for batch in try importBatches().reversed() {
            guard let id = batch.id else { continue }
            report.batches.append(try check(batch, id: id))
        }
        report.mixedAccounts = try service { try store.accountsMixingCurrencies(userID: userID) }
        return report
    }

    /// Replaces a batch with what its file reads as now, in one transaction: the lines the
    /// current rules read differently change, the categories the person set stay.
    /// - Throws: `ServiceError` when the file is gone or refused (nothing changes then).
    public func rereadImport(id: Int64) throws(ServiceError) -> FileImportResult {
        let replay = try replay(of: id)
        guard FileManager.default.fileExists(atPath: replay.path) else {
            throw ServiceError(.noInput, "\(replay.path): the file of import \(id) is no longer there")
        }
        return try importFile(path: replay.path, options: replay.options, replacing: id)
    }

    private func check(_ batch: ImportBatch, id: Int64) throws(ServiceError) -> ImportBatchCheck {
        let replay = try replay(of: id, fileName: batch.fileName)
        guard FileManager.default.fileExists(atPath: replay.path) else {
            return ImportBatchCheck(batch: batch, status: .fileMissing(replay.path))
        }
        let stored = try service { try store.lineFacts(batchID: id, userID: userID) }
        var options = replay.options
        options.dryRun = true
        let read: FileImportResult
        do {
            read = try importFile(path: replay.path, options: options, replacing: id)
        } catch {
            return ImportBatchCheck(batch: batch, status: .refused(error.message))
        }
        let readNow = Self.difference(read.linesWritten, stored)
        let storedBefore = Self.difference(stored, read.linesWritten)
        return ImportBatchCheck(
            batch: batch, status: readNow.isEmpty && storedBefore.isEmpty ? .same : .differs, readNow: readNow,
            storedBefore: storedBefore)
    }

    /// The options a batch was imported with; a batch from before they were kept is read with
    /// the defaults and the name it recorded.
    private func replay(of id: Int64, fileName: String? = nil) throws(ServiceError) -> ImportReplay {
        if let json = try service({ try store.batchOptions(id: id, userID: userID) }) {
            guard let replay = try? ImportReplay.from(json: json) else {
                throw ServiceError(.data, "import \(id) holds options that do not read: \(json)")
            }
            return replay
        }
        var name = fileName ?? ""
        if fileName == nil { name = try importBatches().first { $0.id == id }?.fileName ?? "" }
        return ImportReplay(path: name, options: ImportOptions())
    }

    /// The lines of `a` that `b` does not hold, counting repeats.
    static func difference(_ a: [StoredLineFacts], _ b: [StoredLineFacts]) -> [StoredLineFacts] {
        var left: [StoredLineFacts: Int] = [:]
        for line in b { left[line, default: 0] += 1 }
        return a.filter { line in
            guard let count = left[line], count > 0 else { return true }
            left[line] = count - 1
            return false
        }
    }
}
