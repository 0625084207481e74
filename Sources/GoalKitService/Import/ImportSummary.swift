public import GoalKit
import GoalKitAnalysis
import GoalKitImport
public import GoalKitReport
public import GoalKitStorage

/// How import results, batches and expenses are shown.
public enum ImportSummary {
    /// The end-of-import summary: added, duplicates, skipped, warnings, per account.
    public static func text(_ r: FileImportResult) -> String {
        var out = "\(r.file) (\(r.format.rawValue))"
        if let batch = r.batch, !r.dryRun { out += ", batch \(batch.id ?? 0)" }
        if r.dryRun { out += ", dry run: nothing was written" }
        out += "\n"
        if r.batch == nil && r.skippedParts.isEmpty == false { out += "  nothing to import\n" }
        for account in r.accounts {
            out += "  account \(account.account): \(account.added) added, \(account.duplicates) already imported\n"
        }
        if r.accounts.count > 1 { out += "  total: \(r.added) added, \(r.duplicates) already imported\n" }
        if r.contributionsRecorded > 0 {
            out += "  \(r.contributionsRecorded) transfer(s) into goal accounts recorded as contributions\n"
        }
        for part in r.skippedParts { out += "  skipped (\(part.kind.rawValue)): \(part.reason)\n" }
        if !r.skippedLines.isEmpty {
            out += "  \(r.skippedLines.count) invalid line(s) skipped:\n"
            for error in r.skippedLines { out += "    \(error.description)\n" }
        }
        for warning in r.warnings {
            out += "  \(r.file)\(warning.line.map { ":\($0)" } ?? ""): warning: \(warning.message)\n"
        }
        return out
    }

    /// The same as JSON.
    public static func json(_ r: FileImportResult) -> JSONValue {
        .object([
            "file": .string(r.file), "format": .string(r.format.rawValue),
            "batch": r.batch.flatMap(\.id).map { .int($0) } ?? .null,
            "dry_run": .bool(r.dryRun), "contributions_recorded": .int(Int64(r.contributionsRecorded)),
            "added": .int(Int64(r.added)), "duplicates": .int(Int64(r.duplicates)),
            "accounts": .array(
                r.accounts.map {
                    .object([
                        "account": .string($0.account), "added": .int(Int64($0.added)),
                        "duplicates": .int(Int64($0.duplicates)),
                    ])
                }),
            "skipped_lines": .array(
                r.skippedLines.map { .object(["line": .int($0.line), "message": .string($0.message)]) }),
            "skipped": .array(
                r.skippedParts.map { .object(["kind": .string($0.kind.rawValue), "reason": .string($0.reason)]) }),
            "warnings": .array(r.warnings.map { .object(["line": .int($0.line), "message": .string($0.message)]) }),
        ])
    }

    /// Import batches: id, file, format, added, duplicates, skipped, warnings, created_at.
    public static func batches(_ batches: [ImportBatch]) -> Listing {
        Listing(
            columns: ["id", "file", "format", "added", "duplicates", "skipped", "warnings", "created_at"],
            rows: batches.map {
                [
                    .int($0.id ?? 0), .text($0.fileName), .text($0.format), .int($0.linesAdded), .int($0.duplicates),
                    .int($0.skipped), .int($0.warnings), .text($0.createdAt),
                ]
            })
    }

    /// Expenses: id, date, amount, currency, payee, payee_normalized, memo, category, account, batch.
    /// A card payment whose card statement is not imported shows `CardPayment.unpairedLabel`
    /// as its category: it is neither spending nor uncategorised.
    public static func expenses(_ rows: [ExpenseListingRow]) -> Listing {
        Listing(
            columns: [
                "id", "date", "amount", "currency", "payee", "payee_normalized", "memo", "category", "account", "batch",
            ],
            rows: rows.map { row in
                let e = row.expense
                return [
                    .int(e.id ?? 0), .date(e.date), .money(e.amount), .text(e.amount.currency.code), .text(e.payeeRaw),
                    .text(e.name), .text(e.memo), .text(category(row)), .text(e.account),
                    e.importBatchID.map { .int($0) } ?? .empty,
                ]
            })
    }

    /// The category a listing shows: its name, or the card payment label.
    static func category(_ row: ExpenseListingRow) -> String? {
        let e = row.expense
        let unpaired = CardPayment.isUnpaired(
            amount: e.amount, isPaired: e.transferExpenseID != nil, text: e.payeeRaw + " " + e.memo,
            category: row.categoryName)
        return unpaired ? CardPayment.unpairedLabel : row.categoryName
    }
}
