public import GoalKit
public import GoalKitImport
import GoalKitReport

/// What `goalkit inspect` prints about a parsed file: the documented JSON shape, or text.
public struct InspectView: Sendable {
    /// The parsed file.
    public let parsed: ParsedFile

    /// Creates the view.
    public init(_ parsed: ParsedFile) { self.parsed = parsed }

    /// The JSON `inspect --format json` prints (the conformance check reads it).
    public var json: JSONValue {
        .object([
            "file": .string(parsed.file),
            "format": .string(parsed.format.rawValue),
            "encoding": .string(parsed.encoding),
            "statements": .array(
                parsed.statements.map { statement in
                    .object([
                        "account_id": .string(statement.header.accountID),
                        "account_type": .string(statement.header.accountType.rawValue),
                        "currency": .string(statement.header.currency.code),
                        "ledger_balance": .string(statement.footer.ledgerBalance?.decimalString),
                        "balance_date": .string(statement.footer.balanceDate?.isoString),
                        "period_end": .string(statement.footer.periodEnd?.isoString),
                        "transactions": .array(statement.lines.map(Self.json)),
                    ])
                }),
            "skipped": .array(
                parsed.skipped.map { .object(["kind": .string($0.kind.rawValue), "reason": .string($0.reason)]) }),
            "warnings": .array(
                parsed.warnings.map { .object(["line": .int($0.line), "message": .string($0.message)]) }),
        ])
    }

    /// One transaction: `date`, `amount`, `payee`, `memo`, `id`, `type`; a line converted from
    /// another currency adds `original_amount`, `original_currency` and `exchange_rate`; a
    /// correction adds `correction` (`action` `replace` or `delete`, `target_id`).
    static func json(_ line: StatementLine) -> JSONValue {
        var object: [String: JSONValue] = [
            "date": .string(line.date.isoString), "amount": .string(line.amount.decimalString),
            "payee": .string(line.payee), "memo": .string(line.memo), "id": .string(line.bankID),
            "type": .string(line.type),
        ]
        if let original = line.originalAmount {
            object["original_amount"] = .string(original.decimalString)
            object["original_currency"] = .string(original.currency.code)
            object["exchange_rate"] = .string(line.exchangeRate)
        }
        if let correction = line.correction {
            object["correction"] = .object([
                "action": .string(correction.action.rawValue), "target_id": .string(correction.targetBankID),
            ])
        }
        return .object(object)
    }

    /// A readable summary: each statement, its transactions as a table, skipped parts, warnings.
    public var text: String {
        var out = "\(parsed.file): \(parsed.format.rawValue), \(parsed.encoding)\n"
        for statement in parsed.statements {
            let h = statement.header
            out +=
                "\nAccount \(h.accountID) (\(h.accountType.rawValue), \(h.currency.code)): \(statement.lines.count) transactions"
            if let balance = statement.footer.ledgerBalance {
                out += ", ledger balance \(balance)"
                if let date = statement.footer.balanceDate { out += " on \(date)" }
            }
            if let end = statement.footer.periodEnd { out += ", covering through \(end)" }
            out += "\n"
            let listing = Listing(
                columns: ["date", "amount", "payee", "memo", "id", "type"],
                rows: statement.lines.map {
                    [
                        .date($0.date), .money($0.amount), .text($0.payee), .text($0.memo), .text($0.bankID),
                        .text($0.type),
                    ]
                })
            if !statement.lines.isEmpty { out += listing.rendered(as: .table) }
        }
        for part in parsed.skipped { out += "\nskipped (\(part.kind.rawValue)): \(part.reason)\n" }
        for warning in parsed.warnings {
            out += "\(parsed.file)\(warning.line.map { ":\($0)" } ?? ""): warning: \(warning.message)\n"
        }
        return out
    }
}
