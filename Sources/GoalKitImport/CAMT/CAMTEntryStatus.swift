/// An entry's booking status, `Ntry/Sts`: `EntryStatus2Code` written as the element's text in
/// camt.05x.001.02 to .07, `ExternalEntryStatus1Code` in `Sts/Cd` or a proprietary text in
/// `Sts/Prtry` from .08 on. Only booked entries (`BOOK`) are money on the account: a pending
/// card hold (`PDNG`) is booked again later, and `INFO`/`FUTR` entries are forecasts.
struct CAMTEntryStatus: Hashable {
    /// The status as the file writes it, for messages: `PDNG`, `Prtry RESERVED`.
    let written: String
    /// Whether the entry is booked.
    let isBooked: Bool
    /// What a person calls such entries: "pending", "information-only".
    let label: String

    /// A coded status (`BOOK`, `PDNG`, `INFO`, `FUTR`).
    init(code raw: String) {
        let code = raw.trimmed.uppercased()
        written = code
        isBooked = code == "BOOK"
        label = Self.label(of: code)
    }

    /// A proprietary status: booked when it says so (`BOOK`, `BOOKED`), else named as written.
    init(proprietary raw: String) {
        let text = raw.trimmed
        written = "Prtry " + text
        let upper = text.uppercased()
        isBooked = upper == "BOOK" || upper == "BOOKED"
        label = Self.label(of: upper == "PENDING" ? "PDNG" : upper)
    }

    private static func label(of code: String) -> String {
        switch code {
        case "PDNG": "pending"
        case "INFO": "information-only"
        case "FUTR": "future"
        default: "unbooked"
        }
    }
}
