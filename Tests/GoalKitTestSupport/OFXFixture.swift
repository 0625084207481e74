/// Small OFX and CAMT files written by the project, for tests.
public enum OFXFixture {
    /// The usual OFX 1.x header, with the blank line after it.
    public static let header = """
        OFXHEADER:100
        DATA:OFXSGML
        VERSION:102
        SECURITY:NONE
        ENCODING:USASCII
        CHARSET:1252
        COMPRESSION:NONE
        OLDFILEUID:NONE
        NEWFILEUID:NONE


        """

    /// One `STMTTRN` in the unclosed-leaf style of OFX 1.x.
    public static func transaction(
        _ date: String, _ amount: String, _ name: String, fitID: String? = nil,
        memo: String? = nil, type: String = "DEBIT"
    ) -> String {
        var text = "<STMTTRN>\n<TRNTYPE>\(type)\n<DTPOSTED>\(date)\n<TRNAMT>\(amount)\n"
        if let fitID { text += "<FITID>\(fitID)\n" }
        text += "<NAME>\(name)\n"
        if let memo { text += "<MEMO>\(memo)\n" }
        return text + "</STMTTRN>\n"
    }

    /// A bank statement response around transactions; `start` and `end` are its
    /// `BANKTRANLIST` `DTSTART` and `DTEND` (nil: left out).
    public static func bank(
        account: String = "1234", currency: String = "USD", _ transactions: [String],
        balance: String? = "100.00", balanceDate: String = "20240131", start: String? = "20240101",
        end: String? = "20240131"
    ) -> String {
        var text =
            "<STMTRS>\n<CURDEF>\(currency)\n<BANKACCTFROM>\n<BANKID>021000021\n<ACCTID>\(account)\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n"
        text += "<BANKTRANLIST>\n" + (start.map { "<DTSTART>\($0)\n" } ?? "") + (end.map { "<DTEND>\($0)\n" } ?? "")
        text += transactions.joined() + "</BANKTRANLIST>\n"
        if let balance { text += "<LEDGERBAL>\n<BALAMT>\(balance)\n<DTASOF>\(balanceDate)\n</LEDGERBAL>\n" }
        return text + "</STMTRS>\n"
    }

    /// A whole OFX 1.x file with a signon and bank statements.
    public static func file(_ statements: [String], header: String = OFXFixture.header) -> String {
        header + """
            <OFX>
            <SIGNONMSGSRSV1>
            <SONRS>
            <STATUS>
            <CODE>0
            <SEVERITY>INFO
            </STATUS>
            <DTSERVER>20240201120000
            <LANGUAGE>ENG
            </SONRS>
            </SIGNONMSGSRSV1>
            <BANKMSGSRSV1>
            <STMTTRNRS>
            <TRNUID>1
            <STATUS>
            <CODE>0
            <SEVERITY>INFO
            </STATUS>

            """ + statements.joined() + "</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n"
    }

    /// A simple file: one account with the given transactions.
    public static func simple(_ transactions: [String], account: String = "1234") -> String {
        file([bank(account: account, transactions)])
    }

    /// A CAMT.053 entry; `status` is the `Sts` element as written (nil: none).
    public static func camtEntry(
        _ amount: String, _ creditDebit: String, booked: String, party: String,
        reference: String? = nil, info: String = "", valueDate: String? = nil, status: String? = "<Sts>BOOK</Sts>"
    ) -> String {
        var text = "<Ntry>\n"
        if let reference { text += "<NtryRef>\(reference)</NtryRef>\n" }
        text += "<Amt Ccy=\"EUR\">\(amount)</Amt>\n<CdtDbtInd>\(creditDebit)</CdtDbtInd>\n"
        if let status { text += status + "\n" }
        if !booked.isEmpty { text += "<BookgDt><Dt>\(booked)</Dt></BookgDt>\n" }
        if let valueDate { text += "<ValDt><DtTm>\(valueDate)</DtTm></ValDt>\n" }
        if let reference { text += "<AcctSvcrRef>\(reference)</AcctSvcrRef>\n" }
        text += "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>\n"
        let role = creditDebit == "DBIT" ? "Cdtr" : "Dbtr"
        text += "<NtryDtls><TxDtls><RltdPties><\(role)><Nm>\(party)</Nm></\(role)></RltdPties>"
        text += "<RmtInf><Ustrd>\(info)</Ustrd></RmtInf></TxDtls></NtryDtls>\n</Ntry>\n"
        return text
    }

    /// A CAMT.053 statement.
    public static func camtStatement(
        iban: String? = "DE89370400440532013000", other: String? = nil,
        closing: String = "1500.00", _ entries: [String]
    ) -> String {
        var text = "<Stmt>\n<Id>S1</Id>\n<Acct><Id>"
        if let iban { text += "<IBAN>\(iban)</IBAN>" }
        if let other { text += "<Othr><Id>\(other)</Id></Othr>" }
        text += "</Id><Ccy>EUR</Ccy></Acct>\n"
        text +=
            "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-01-01</Dt></Dt></Bal>\n"
        text +=
            "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">\(closing)</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-01-31</Dt></Dt></Bal>\n"
        return text + entries.joined() + "</Stmt>\n"
    }

    /// A CAMT.053 document of a version (02 to 08).
    public static func camt(version: String = "02", _ statements: [String], message: String = "BkToCstmrStmt") -> String
    {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.\(version)">
        <\(message)>
        <GrpHdr><MsgId>M1</MsgId><CreDtTm>2024-02-01T10:00:00</CreDtTm></GrpHdr>

        """ + statements.joined() + "</\(message)>\n</Document>\n"
    }
}
