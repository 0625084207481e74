public import GoalKit
import GoalKitStorage

/// How `imports check` is shown.
public enum ImportCheckSummary {
    /// One paragraph per batch that reads differently (a line for the others), then the
    /// accounts that mix currencies.
    public static func text(_ report: ImportCheckReport) -> String {
        var out = ""
        for check in report.batches {
            let name = "import \(check.batch.id ?? 0) (\(check.batch.fileName))"
            switch check.status {
            case .same:
                out += "\(name): reads the same\n"
            case .fileMissing(let path):
                out += "\(name): not checked: \(path) is no longer there\n"
            case .refused(let reason):
                out += "\(name): the current rules refuse the file: \(reason)\n"
            case .differs:
                out += "\(name): the current rules read it differently "
                out += "(goalkit imports reread \(check.batch.id ?? 0) replaces it):\n"
                for line in check.readNow { out += "  + \(describe(line))   read now, not stored\n" }
                for line in check.storedBefore { out += "  - \(describe(line))   stored, not read now\n" }
            }
        }
        for mixed in report.mixedAccounts {
            out += "account \(mixed.account) mixes currencies: \(mixed.currencies.joined(separator: ", "))\n"
        }
        if report.isClean { out += "every import reads as it was stored\n" }
        return out
    }

    /// The same as JSON.
    public static func json(_ report: ImportCheckReport) -> JSONValue {
        func lines(_ facts: [StoredLineFacts]) -> JSONValue {
            .array(
                facts.map {
                    .object([
                        "account": .string($0.account), "date": .string($0.date),
                        "amount": .string(money($0).decimalString), "currency": .string($0.currency),
                    ])
                })
        }
        return .object([
            "clean": .bool(report.isClean),
            "imports": .array(
                report.batches.map { check in
                    let (status, reason): (String, String?) =
                        switch check.status {
                        case .same: ("same", nil)
                        case .differs: ("differs", nil)
                        case .refused(let why): ("refused", why)
                        case .fileMissing(let path): ("file_missing", path)
                        }
                    return .object([
                        "id": check.batch.id.map { .int($0) } ?? .null, "file": .string(check.batch.fileName),
                        "status": .string(status), "reason": reason.map { .string($0) } ?? .null,
                        "read_now": lines(check.readNow), "stored_before": lines(check.storedBefore),
                    ])
                }),
            "accounts_mixing_currencies": .array(
                report.mixedAccounts.map {
                    .object(["account": .string($0.account), "currencies": .array($0.currencies.map { .string($0) })])
                }),
        ])
    }

    private static func money(_ line: StoredLineFacts) -> Money {
        Money(minorUnits: line.minorUnits, currency: Currency.known[line.currency] ?? .xxx)
    }

    private static func describe(_ line: StoredLineFacts) -> String {
        "\(line.account) \(line.date) \(money(line).decimalString) \(line.currency)"
    }
}
