/// The words banks write on a payment to a credit card, in the languages GoalKit reads
/// (English, German, French, Dutch, Spanish): on the paying account (`CHASE CREDIT CRD
/// AUTOPAY`, `AMEX EPAYMENT ACH PMT`, `Kreditkartenabrechnung`, `Incasso creditcard`,
/// `Liquidación tarjeta`) and on the card (`PAYMENT THANK YOU`).
///
/// Two kinds of evidence count: a phrase that says it alone (`credit crd autopay`,
/// `relevé différé`), or a card issuer or the word for a credit card beside a payment word
/// (`CAPITAL ONE MOBILE PMT`, `DISCOVER E-PAYMENT`, `CITI AUTOPAY`), unless another product of
/// the issuer is named (`CAPITAL ONE AUTO PAYMENT`, `DISCOVER STUDENT LOANS`) or the card paid
/// for something (`PAGO CON TARJETA DE CRÉDITO`, `Zahlung mit Kreditkarte`). A purchase by
/// card is no card payment: `CARD PAYMENT TO TESCO` (the UK wording of a debit card purchase),
/// `Kartenzahlung`, `Paiement par carte`.
public enum CardPaymentWording {
    /// Phrases that say card payment on their own, as folded words joined by spaces.
    public static let phrases = [
        // English.
        "payment thank you", "payment thankyou", "thank you for your payment", "autopay payment", "credit card payment",
        "credit card pmt", "credit card autopay", "credit card auto pay", "credit crd", "crd autopay", "crd epay",
        "crcardpmt", "card autopay", "card auto pay",
        "cc payment", "cc pmt", "cc autopay", "card services payment", "epayment thank you",
        // German.
        "kreditkartenabrechnung", "kreditkarten abrechnung", "abrechnung kreditkarte", "kreditkarte abrechnung",
        "ausgleich kreditkarte", "kreditkartenausgleich", "kreditkarten ausgleich", "kartenabrechnung",
        // French.
        "releve differe", "debit differe", "carte a debit differe", "releve carte", "releve cb", "arrete carte",
        // Dutch.
        "creditcard afrekening", "afrekening creditcard", "incasso creditcard", "creditcardafrekening",
        "creditcard incasso", "maandafrekening creditcard",
        // Spanish.
        "liquidacion tarjeta", "liquidacion de tarjeta", "pago tarjeta de credito", "pago tarjeta credito",
        "recibo tarjeta de credito", "recibo tarjeta credito",
    ]

    /// Card issuers and the words for a credit card: one of them beside a payment word is a
    /// card payment.
    public static let issuers = [
        "amex", "american express", "discover", "capital one", "citi", "citicard", "citicards", "citi card",
        "chase card", "chase credit", "barclaycard", "barclays card", "synchrony", "syncb", "applecard", "apple card",
        "gs bank", "bk of amer visa", "bk of amer mc", "wells fargo card", "wf card", "credit one", "card services",
        "international card services", "wizink", "credit card", "creditcard", "kreditkarte", "kreditkarten",
        "carte de credit", "carte credit", "tarjeta de credito", "tarjeta credito",
    ]

    /// Payment words, in the five languages.
    public static let paymentWords: Set<String> = [
        "payment", "payments", "pmt", "pymt", "pymnt", "pymnts", "epayment", "epay", "autopay", "transfer", "bill",
        "zahlung", "abrechnung", "lastschrift", "einzug", "abbuchung", "ausgleich", "paiement", "prelevement",
        "prlv", "remboursement", "echeance", "incasso", "afrekening", "betaling", "aflossing", "pago", "recibo",
        "liquidacion", "cargo", "amortizacion",
    ]

    /// Words that make an issuer's payment another product's (a loan, a mortgage, a car, a bank
    /// account) or a purchase made with the card.
    public static let otherThanCardPayment: Set<String> = [
        "loan", "loans", "mortgage", "auto", "carpay", "lease", "savings", "360", "checking", "student", "lening",
        "hypotheek", "hypothek", "darlehen", "pret", "prestamo", "hipoteca", "con", "par", "mit", "met", "with",
    ]

    /// Words after `card payment` that make it a purchase at a merchant (`CARD PAYMENT TO TESCO`).
    static let purchaseFollowers: Set<String> = ["to", "at", "in", "bei", "chez", "en", "bij"]
    /// Words before `card payment` that make it a purchase (`DEBIT CARD PAYMENT`).
    static let purchasePrefixes: Set<String> = ["debit", "contactless", "pos"]

    static let phraseIndex = PhraseIndex(phrases)
    static let issuerIndex = PhraseIndex(issuers)
    static let firstWords = Set(phraseIndex.byFirstWord.keys).union(issuerIndex.byFirstWord.keys)

    /// Whether a text says it pays a credit card.
    ///
    /// ```swift
    /// CardPaymentWording.matches("CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224")  // true
    /// CardPaymentWording.matches("CARD PAYMENT TO TESCO STORES 2041")  // false: a purchase
    /// ```
    public static func matches(_ text: String) -> Bool {
        matches(folded: ExpenseFeatures.words(text).map(WordFolding.folded))
    }

    /// Whether a text's words (as `ExpenseFeatures.words` reads them, folded) say it pays a card.
    static func matches(folded words: [String]) -> Bool {
        guard words.contains(where: firstWords.contains) else { return false }
        if isCardPaymentPhrase(words) { return true }
        if phraseIndex.matches(words) { return true }
        guard words.contains(where: paymentWords.contains), !words.contains(where: otherThanCardPayment.contains)
        else { return false }
        return issuerIndex.matches(words)
    }

    /// `card payment` alone, not a debit card's, not followed by a merchant (`… to TESCO`).
    static func isCardPaymentPhrase(_ words: [String]) -> Bool {
        for index in words.indices.dropLast() where words[index] == "card" && words[index + 1] == "payment" {
            if index > 0 && purchasePrefixes.contains(words[index - 1]) { continue }
            if index + 2 < words.count && purchaseFollowers.contains(words[index + 2]) { continue }
            return true
        }
        return false
    }
}
