/// The payee a recurring charge is grouped by: its words without the references, store
/// numbers and dates banks put in (words holding a digit), so `DROPBOX*8XK2Q1` and
/// `DROPBOX*3JQ7Z0` are one payee, `dropbox`. A payee of digit words only keeps them all.
public enum RecurringPayeeKey {
    /// The key of a payee as written.
    public static func key(_ payee: String) -> String {
        let words = ExpenseFeatures.words(payee)
        let plain = words.filter { word in !word.contains { $0.isNumber } }
        return (plain.isEmpty ? words : plain).joined(separator: " ")
    }
}
