import GoalKitImport
import Testing

@Suite struct PayeeNormalizerTests {
    /// (as the bank writes it, the name every line of that merchant gets)
    static let names: [(String, String)] = [
        ("UBER *EATS 8XK2Q1", "Uber Eats"),
        ("UBER *EATS 3JD9Z2", "Uber Eats"),
        ("UBER   *TRIP HELP.UBER.COM", "Uber Trip Help.Uber.Com"),
        ("PAYPAL *REDCROSS", "Redcross"),
        ("PAYPAL*NETFLIX", "Netflix"),
        ("SQ *BLUE BOTTLE #123", "Blue Bottle"),
        ("SP * GYMSHARK", "Gymshark"),
        ("TST* JOE'S DINER 0042", "Joe's Diner"),
        ("STARBUCKS STORE 0212", "Starbucks Store"),
        ("STARBUCKS STORE #0212", "Starbucks Store"),
        ("APPLE STORE R123", "Apple Store"),
        ("DROPBOX*8XK2Q1", "Dropbox"),
        ("Amazon Prime*2B4H71K03", "Amazon Prime"),
        ("AMZN Mktp US*2K4L81", "AMZN Mktp US"),
        ("SHELL OIL 57442 12/03", "Shell Oil"),
        ("TARGET CARD ENDING IN 1234", "Target"),
        ("CHECKCARD 0312 WHOLEFDS MKT XXXX1234", "Wholefds Mkt"),
        ("POS PURCHASE AMAZON MKTPLACE 4829", "Amazon Mktplace"),
        ("NETFLIX.COM 2024-01-05", "Netflix.Com"),
        ("Trader Joe's #552", "Trader Joe's"),
        ("Rueanthai Massage And BANGKOK #357", "Rueanthai Massage And BANGKOK"),
        ("3M COMPANY", "3M Company"),
    ]

    @Test(arguments: names) func stripsWrappersNumbersReferencesAndCardSuffixes(raw: String, expected: String) {
        #expect(PayeeNormalizer.normalize(raw) == expected)
    }

    @Test func linesOfOneMerchantGetOneName() {
        let lines = ["UBER *EATS 8XK2Q1", "UBER *EATS 3JD9Z2", "Uber *Eats 77QW12", "SQ *UBER *EATS A1B2C3"]
        #expect(Set(lines.map { PayeeNormalizer.normalize($0).lowercased() }) == ["uber eats"])
    }
}
