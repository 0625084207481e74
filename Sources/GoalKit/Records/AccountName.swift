/// How account names are shown where others may read them (reports, recommendation texts).
public enum AccountName {
    /// An account number cut to its last four characters (`000123450912` → `…0912`); a name with
    /// fewer than four digits (`Savings`, `SAV-1`) as it is.
    public static func masked(_ account: String) -> String {
        account.count > 4 && account.filter(\.isNumber).count >= 4 ? "…" + account.suffix(4) : account
    }
}
