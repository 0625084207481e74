/// What a transaction's correction fields say: a correction or none.
struct TransactionCorrection {
    var value: StatementCorrection?
}

extension OFXStatementBuilder {
    /// The correction a transaction carries (`CORRECTFITID` with `CORRECTACTION`). Nil when
    /// the fields are incomplete or unknown (the sink was told: importing such a line as a new
    /// one would count money twice).
    mutating func correction(of f: TransactionFields) throws(ImportError) -> TransactionCorrection? {
        guard f.correctFitID != nil || f.correctAction != nil else { return TransactionCorrection() }
        let action: StatementCorrection.Action
        switch f.correctAction?.uppercased() {
        case "REPLACE": action = .replace
        case "DELETE": action = .delete
        case nil, "":
            return try invalidCorrection(
                f, "CORRECTFITID '\(f.correctFitID ?? "")' has no CORRECTACTION (REPLACE or DELETE)")
        case let other?:
            return try invalidCorrection(f, "CORRECTACTION '\(other)' is neither REPLACE nor DELETE")
        }
        guard let target = f.correctFitID, !target.isEmpty else {
            return try invalidCorrection(f, "CORRECTACTION \(action.rawValue.uppercased()) names no CORRECTFITID")
        }
        return TransactionCorrection(value: StatementCorrection(targetBankID: target, action: action))
    }

    /// Hands a line to the sink, unless a later transaction of the file replaces or deletes it.
    ///
    /// The builder streams, so it cannot take back a line it has handed on. The file's
    /// `CORRECTFITID`s are read first instead (`OFXCorrectionScan`): a line whose `FITID` one
    /// of them names, before that correction has been read, is held back here; the correction
    /// itself is always delivered.
    mutating func deliver(_ line: StatementLine) throws(ImportError) {
        if let id = line.bankID, correctionTargets.contains(id), !correctedTargets.contains(id) {
            sink.warning(
                ImportWarning(
                    line: line.sourceLine,
                    message: "FITID \(id) is corrected later in this file (CORRECTFITID); not imported"))
            return
        }
        if let correction = line.correction { correctedTargets.insert(correction.targetBankID) }
        try sink.line(line)
    }

    private mutating func invalidCorrection(_ f: TransactionFields, _ message: String) throws(ImportError)
        -> TransactionCorrection?
    {
        try sink.invalid(ImportError(.badValue, file: file, line: f.correctionLine, message: message))
        return nil
    }
}
