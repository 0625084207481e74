/// What undoing an import did: the batch as it was, the lines removed, and the lines kept
/// because later batches hold them too (by the batch they passed to).
public struct UndoneBatch: Sendable {
    public var batch: ImportBatch
    public var removed: Int
    public var kept: [(batchID: Int64, lines: Int)]

    /// Creates the value.
    public init(batch: ImportBatch, removed: Int, kept: [(batchID: Int64, lines: Int)]) {
        self.batch = batch
        self.removed = removed
        self.kept = kept
    }
}
