import GoalKit
import GoalKitAnalysis
import Testing

/// Card payments in the wording of the banks GoalKit reads, and the purchases by card (and
/// other products of card issuers) that look like them but are not.
@Suite struct CardPaymentWordingTests {
    static let cardPayments = [
        // English: the paying account's side, and the card's.
        "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224", "CHASE CREDIT CRD EPAY 260305", "PAYMENT THANK YOU",
        "AUTOPAY PAYMENT - THANK YOU", "Payment - Thankyou", "AMEX EPAYMENT ACH PMT W4512", "AMERICAN EXPRESS ACH PMT",
        "DISCOVER E-PAYMENT 6170", "DISCOVER DC PYMNTS", "CAPITAL ONE MOBILE PMT", "CAPITAL ONE ONLINE PMT",
        "CAPITAL ONE CRCARDPMT", "CITI AUTOPAY PAYMENT 081224", "CITI CARD ONLINE PAYMENT", "CARD PAYMENT",
        "CARD PAYMENT - THANK YOU", "BK OF AMER VISA ONLINE PMT", "WF CREDIT CARD AUTO PAY", "APPLECARD GSBANK PAYMENT",
        "SYNCHRONY BANK PAYMENT", "BARCLAYCARD US PAYMENT", "CREDIT CARD PAYMENT",
        "PAYMENT TO CHASE CARD ENDING IN 1234",
        // German.
        "Kreditkartenabrechnung 03/2026", "KREDITKARTENABRECHNUNG VISA",
        "Ausgleich Kreditkarte gem. Abrechnung v. 05.03.",
        "Lastschrift Kreditkarte", "Mastercard Kartenabrechnung",
        // French.
        "RELEVE DIFFERE CARTE 4974", "Débit différé carte", "Remboursement carte de crédit", "PRLV CARTE DE CREDIT",
        // Dutch.
        "Incasso Creditcard ICS", "INTERNATIONAL CARD SERVICES incasso", "Afrekening creditcard maart",
        // Spanish.
        "LIQUIDACION TARJETA CREDITO", "Liquidación de tarjeta 4B", "Pago tarjeta de crédito", "RECIBO TARJETA CREDITO",
    ]

    static let notCardPayments = [
        // Purchases by card.
        "CARD PAYMENT TO TESCO STORES 2041", "DEBIT CARD PAYMENT SHELL", "Kartenzahlung REWE Markt",
        "PAIEMENT PAR CARTE CARREFOUR", "PAIEMENT PAR CARTE DE CREDIT FNAC", "PAGO CON TARJETA DE CREDITO MERCADONA",
        "Betaling met creditcard Albert Heijn", "Zahlung mit Kreditkarte Amazon",
        // Other products of card issuers, and other lines.
        "CAPITAL ONE AUTO PAYMENT", "CAPITAL ONE AUTO CARPAY", "DISCOVER STUDENT LOANS PAYMENT",
        "CHASE MORTGAGE PAYMENT",
        "CAPITAL ONE 360 TRANSFER", "AMEX TRAVEL", "NETFLIX.COM", "ONLINE TRANSFER TO SAVINGS 4410",
        "Zelle to Jane Doe",
        "", "PAYMENT",
    ]

    @Test(arguments: cardPayments) func recognisesACardPayment(text: String) {
        #expect(CardPaymentWording.matches(text))
    }

    @Test(arguments: notCardPayments) func aPurchaseOrAnotherProductIsNoCardPayment(text: String) {
        #expect(!CardPaymentWording.matches(text))
    }

    /// (amount, paired, text, category, unpaired): only money out that found no other side.
    @Test(
        arguments: [
            (-41_255, false, "CHASE CREDIT CRD AUTOPAY", nil, true),
            (-41_255, true, "CHASE CREDIT CRD AUTOPAY", nil, false),
            (41_255, false, "PAYMENT THANK YOU", nil, false),
            (-10_000, false, "Card bill", "Credit Card Payments", true),
            (-10_000, false, "Card bill", "credit card payments", true),
            (-10_000, false, "SAFEWAY #1234", "Groceries", false),
            (-10_000, false, "ONLINE TRANSFER TO SAVINGS", nil, false),
        ] as [(Int64, Bool, String, String?, Bool)])
    func aCardPaymentIsUnpairedWhenMoneyOutFoundNoOtherSide(
        minor: Int64, paired: Bool, text: String, category: String?, unpaired: Bool
    ) {
        let amount = Money(minorUnits: minor, currency: .usd)
        #expect(CardPayment.isUnpaired(amount: amount, isPaired: paired, text: text, category: category) == unpaired)
    }
}
