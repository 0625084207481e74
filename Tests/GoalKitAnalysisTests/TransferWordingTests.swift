import GoalKit
import GoalKitAnalysis
import Testing

/// Money to or from a person, and when the person is the account holder.
@Suite struct TransferWordingTests {
    /// (text, the person's name as folded words, or nil when no person is named).
    @Test(
        arguments: [
            ("Zelle to Jane Doe", ["jane", "doe"]), ("Zelle payment to JANE DOE JPM99bqx", ["jane", "doe"]),
            ("ZELLE FROM JOHN SMITH on 03/12 Ref # PPD", ["john", "smith"]), ("Cash App*Jane Doe", ["jane", "doe"]),
            ("Überweisung an Jane Doe", ["jane", "doe"]), ("UEBERWEISUNG AN JANE DOE", ["jane", "doe"]),
            ("Virement à Jane Doe", ["jane", "doe"]), ("Overboeking naar J Doe", ["j", "doe"]),
            ("Transferencia a favor de Juan Pérez", ["juan", "perez"]), ("Bizum a Juan Perez", ["juan", "perez"]),
            ("VENMO PAYMENT 1023456789 WEB ID: 3264681992", nil), ("VENMO CASHOUT", nil), ("Überweisung Miete", nil),
            ("SAFEWAY #1234", nil), ("WIRE TYPE:WIRE OUT DATE:260312", nil),
        ] as [(String, [String]?)])
    func namesThePersonOnTheOtherSide(text: String, name: [String]?) {
        #expect(PersonTransfer.counterparty(text) == name)
    }

    /// (own names, text, what the words say).
    @Test(
        arguments: [
            ([], "Zelle to Jane Doe", nil), (["Jane Doe"], "Zelle to Jane Doe", .ownAccount),
            (["Jane Doe"], "ZELLE FROM JANE DOE JPM99A1B", .ownAccount),
            (["jane doe"], "Zelle to DOE JANE", .ownAccount),
            (["Jane Doe"], "Zelle to John Smith", nil), (["Jane Doe"], "JANE DOE SEPA-Überweisung", .ownAccount),
            (["Jane Doe"], "Jane Doe Dinner split", nil), (["Jane Doe"], "ACME PAYROLL", nil),
            (["Jane Doe"], "ONLINE TRANSFER TO SAVINGS 4410", .transfer),
            (["Jane Doe"], "CHASE CREDIT CRD AUTOPAY", .cardPayment), ([], "PAYMENT THANK YOU", .cardPayment),
        ] as [([String], String, TransferWording.Mention?)])
    func aTransferToOnesOwnNameNeedsTheName(names: [String], text: String, mention: TransferWording.Mention?) {
        #expect(TransferWording(ownNames: names).mention(text) == mention)
    }

    /// The question is asked only while no own name is known, of lines naming a person that
    /// are no transfer by their words.
    @Test(
        arguments: [
            ([], "Zelle to Jane Doe", true), (["Jane Doe"], "Zelle to John Smith", false),
            ([], "TRANSFER FROM A. RIVERA", false), ([], "SAFEWAY #1234", false),
            ([], "CHASE CREDIT CRD AUTOPAY", false),
        ] as [([String], String, Bool)])
    func asksForTheOwnNameOnlyWhenItIsUnknown(names: [String], text: String, asks: Bool) {
        #expect(TransferWording(ownNames: names).asksForOwnName(text) == asks)
    }
}
