/// What a CSV column holds.
public enum CSVColumnRole: String, Sendable, Hashable, CaseIterable {
    case date, valueDate, periodDate, amount, debit, credit, direction, payee, memo, balance, currency, account,
        category, reference
    case investment

    /// Header names that mean each role, lower-cased, in English, German, Dutch, French,
    /// Spanish and a few more (the banks in the conformance set).
    static let vocabulary: [(CSVColumnRole, [String])] = [
        (
            .date,
            [
                "date", "transaction date", "posting date", "posted date", "booking date", "trans. date", "trans date",
                "run date",
                "date posted", "buchungstag", "buchungsdatum", "datum", "transactiedatum", "boekdatum",
                "date opération", "date operation",
                "date de l'opération", "date comptable", "fecha", "fecha operación", "fecha de operación", "data",
                "könyvelés dátuma",
                "completed date", "started date", "date de valeur",
            ]
        ),
        (
            .valueDate,
            ["value date", "valuta", "valutadatum", "wertstellung", "valuedate", "fecha valor", "settlement date"]
        ),
        (
            .periodDate,
            [
                "period start", "period end", "initial date", "final date", "start date", "end date", "from date",
                "to date", "date from", "date to", "statement date", "export date", "fecha inicial", "fecha final",
                "period", "periode", "période", "zeitraum von", "zeitraum bis",
            ]
        ),
        (
            .amount,
            [
                "amount", "betrag", "bedrag", "montant", "importe", "transaction amount", "összeg", "umsatz",
                "amount (eur)",
                "bedrag (eur)", "betrag (eur)", "amount ($)", "amount (usd)", "montant (eur)", "net amount", "value",
                "mutatie",
            ]
        ),
        (
            .debit,
            [
                "debit", "withdrawal", "withdrawals", "soll", "debet", "débit", "cargo", "debit amount", "money out",
                "paid out",
                "withdrawal (-)", "ausgang", "belastung", "afschrijving", "lastschrift",
            ]
        ),
        (
            .credit,
            [
                "credit", "deposit", "deposits", "haben", "crédit", "abono", "credit amount", "money in", "paid in",
                "deposit (+)",
                "eingang", "gutschrift", "bijschrijving",
            ]
        ),
        (
            .direction,
            [
                "af bij", "af/bij", "debit/credit", "credit/debit", "d/c", "c/d", "cd", "dc", "s/h", "soll/haben",
                "creditdebet",
                "credit debit", "debet/credit", "credit debit indicator", "cr/dr", "dr/cr", "sens",
            ]
        ),
        (
            .payee,
            [
                "payee", "description", "name", "merchant", "merchant name", "naam / omschrijving", "naam",
                "tegenrekeninghouder",
                "empfänger", "empfängername", "auftraggeber/empfänger", "beguenstigter/zahlungspflichtiger",
                "beneficiary", "libellé",
                "libelle", "label", "concepto", "description 1", "partner name", "partner név", "counterparty",
                "action",
                "remarque", "text", "beschreibung", "name / description", "transaction description",
            ]
        ),
        (
            .memo,
            [
                "memo", "notes", "note", "mededelingen", "verwendungszweck", "buchungstext", "omschrijving",
                "communication",
                "remittance information", "description 2", "description 3", "extended description",
                "additional description",
                "comments", "közlemény", "detail", "verwendungszweck", "reference text",
            ]
        ),
        (
            .balance,
            [
                "balance", "running balance", "runningbalance", "saldo", "kontostand", "solde", "saldo na mutatie",
                "current balance", "cash balance ($)", "saldo na boeking", "boeksaldo", "valutair saldo", "balance ($)",
            ]
        ),
        (
            .currency,
            ["currency", "währung", "devise", "moneda", "devizanem", "valutacode", "monn.", "monnaie", "ccy", "cur"]
        ),
        (
            .account,
            [
                "account", "account number", "konto", "kontonummer", "rekening", "rekeningnummer", "iban", "compte",
                "produit",
                "számlaszám", "account name",
            ]
        ),
        (.category, ["category", "kategorie", "categorie", "catégorie", "categoría", "kategória"]),
        (
            .reference,
            [
                "id", "transaction id", "reference", "referentie", "reference id", "transaction reference",
                "n° de transaction",
                "tranzakcióazonosító", "check number", "checknumber", "check or slip #",
            ]
        ),
        (.investment, ["isin", "quantity", "price", "symbol", "aantal", "koers", "stück", "shares", "price ($)"]),
    ]

    /// The role a header cell names, if any; a currency after the name (`Bedrag (EUR)`,
    /// `Amount in USD`) does not change it.
    static func role(forHeader cell: String) -> CSVColumnRole? {
        let name = normalized(cell)
        guard !name.isEmpty else { return nil }
        if let role = lookup(name) { return role }
        if let (base, _) = CSVCurrencyText.splitHeader(name) { return lookup(base) }
        return nil
    }

    private static func lookup(_ name: String) -> CSVColumnRole? {
        for (role, names) in vocabulary where names.contains(name) { return role }
        return nil
    }

    /// How surely a date column's header means the day of the transaction: booking and
    /// transaction dates first, then a plain date, then value dates, then a period's ends.
    static func datePriority(forHeader cell: String) -> Int {
        let name = normalized(cell)
        switch role(forHeader: cell) {
        case .date?:
            let booking = [
                "book", "buchung", "transaction", "transactie", "posting", "posted", "opération", "operation",
                "operación", "trans", "completed", "könyvelés",
            ]
            return booking.contains(where: { name.contains($0) }) ? 4 : 3
        case .valueDate?: return 2
        case .periodDate?: return 0
        default: return 1
        }
    }

    /// The language a header is written in, when its names say, with the currencies banks
    /// writing in it use: what makes a file that names no currency worth a question.
    static func language(of header: [String]) -> (String, Set<String>)? {
        let languages: [(String, Set<String>, Set<String>)] = [
            (
                "German", ["EUR", "CHF"],
                [
                    "buchungstag", "buchungsdatum", "betrag", "wertstellung", "verwendungszweck", "buchungstext",
                    "empfänger", "soll", "haben", "umsatz", "kontostand", "währung", "valuta",
                ]
            ),
            ("Dutch", ["EUR"], ["bedrag", "boekdatum", "transactiedatum", "omschrijving", "mededelingen", "af bij"]),
            ("French", ["EUR", "CHF", "CAD"], ["montant", "libellé", "date opération", "débit", "crédit", "solde"]),
            (
                "Spanish", ["EUR", "MXN", "ARS", "COP", "CLP"],
                ["importe", "concepto", "fecha", "fecha valor", "cargo"]
            ),
            ("Hungarian", ["HUF"], ["összeg", "könyvelés dátuma", "közlemény", "partner név"]),
        ]
        let names = Set(
            header.map { name in
                let normalized = normalized(name)
                return CSVCurrencyText.splitHeader(normalized)?.base ?? normalized
            })
        for (language, currencies, words) in languages where !names.isDisjoint(with: words) {
            return (language, currencies)
        }
        return nil
    }

    /// A header cell as the vocabulary spells it: trimmed, lower-cased, `_` as a space, one
    /// space between words.
    static func normalized(_ cell: String) -> String {
        cell.trimmed.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "_" }).joined(separator: " ")
    }
}
