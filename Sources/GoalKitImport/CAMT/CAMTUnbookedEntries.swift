/// The entries a CAMT file holds that are not booked, counted per status, so that one warning
/// per status tells the person what was left out and why.
struct CAMTUnbookedEntries {
    private var counts: [CAMTEntryStatus: (count: Int, firstLine: Int)] = [:]
    private var order: [CAMTEntryStatus] = []
    /// Entries with no `Sts` at all (ISO 20022 makes it mandatory), read as booked.
    private var missing = 0
    private var firstMissingLine = 0

    /// Counts an entry that was not imported.
    mutating func skip(_ status: CAMTEntryStatus, line: Int) {
        if let known = counts[status] {
            counts[status] = (known.count + 1, known.firstLine)
        } else {
            counts[status] = (1, line)
            order.append(status)
        }
    }

    /// Counts an entry with no status, imported as booked.
    mutating func missingStatus(line: Int) {
        if missing == 0 { firstMissingLine = line }
        missing += 1
    }

    /// One warning per status, in the order the statuses first appeared.
    var warnings: [ImportWarning] {
        var out: [ImportWarning] = []
        if missing > 0 {
            let entries = missing == 1 ? "1 entry has" : "\(missing) entries have"
            out.append(
                ImportWarning(
                    line: firstMissingLine,
                    message: "\(entries) no status (Sts, mandatory in ISO 20022); imported as booked"))
        }
        for status in order {
            guard let (count, line) = counts[status] else { continue }
            let entries = count == 1 ? "entry" : "entries"
            let verb = count == 1 ? "was" : "were"
            out.append(
                ImportWarning(
                    line: line,
                    message:
                        "\(count) \(status.label) \(entries) (Sts \(status.written)) \(verb) not imported: not booked"))
        }
        return out
    }
}
