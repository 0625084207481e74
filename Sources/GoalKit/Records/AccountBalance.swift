/// The balance a statement gave for an account at the end of a day (OFX `LEDGERBAL`, CAMT
/// `CLBD`, MT940 `:62F:`), as the store keeps it in `account_balances`.
public struct AccountBalance: Hashable, Sendable {
    /// The account as its lines name it.
    public var account: String
    /// The day the balance is for.
    public var date: LocalDate
    /// The balance, in the account's currency (negative for money owed, as on a card).
    public var amount: Money

    /// Creates a balance.
    public init(account: String, date: LocalDate, amount: Money) {
        self.account = account
        self.date = date
        self.amount = amount
    }

}
