import Foundation

/// Deterministic bank files of N lines in four formats, for the benchmarks: a household with
/// salary, rent, recurring charges and merchants over several accounts, `perMonth` lines a
/// month starting January 2015.
struct BankFileGenerator {
    let lines: Int
    let perMonth: Int
    let seed: UInt64

    static let merchants = [
        "SQ *BLUE BOTTLE #123", "SHELL OIL 57442", "AMAZON MKTPLACE PMTS", "NETFLIX.COM", "TRADER JOE'S #552",
        "UBER *TRIP",
        "WHOLEFDS MKT 10234", "SPOTIFY USA", "CHEVRON 0093", "STARBUCKS STORE 0212", "CHIPOTLE 1123",
        "COSTCO WHSE #0481",
        "CVS/PHARMACY #2231", "TARGET 00021354", "DOORDASH*THAI PALACE", "PLANET FITNESS", "CON EDISON",
        "VERIZON WIRELESS",
    ]

    /// One line: day, signed cents, payee, id.
    struct Line {
        var year: Int
        var month: Int
        var day: Int
        var cents: Int64
        var payee: String
        var id: Int
    }

    func forEach(_ body: (Line) -> Void) {
        var state = seed | 1
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        for i in 0..<lines {
            let monthIndex = i / perMonth
            let year = 2015 + monthIndex / 12
            let month = 1 + monthIndex % 12
            let day = 1 + (i % perMonth) * 28 / perMonth
            let r = next()
            let payee: String
            let cents: Int64
            if i % perMonth == 0 {
                payee = "ACME CORP PAYROLL"
                cents = 412_500
            } else if i % perMonth == 1 {
                payee = "MAPLE PROPERTY MGMT RENT"
                cents = -215_000
            } else {
                payee = Self.merchants[Int(r % UInt64(Self.merchants.count))]
                cents = -Int64(100 + (r >> 8) % 25_000)
            }
            body(Line(year: year, month: month, day: day, cents: cents, payee: payee, id: i))
        }
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    static func amount(_ cents: Int64) -> String {
        let magnitude = cents.magnitude
        return (cents < 0 ? "-" : "") + "\(magnitude / 100).\(two(Int(magnitude % 100)))"
    }

    /// Writes the lines as CSV (`Date,Description,Amount,Balance`).
    func csv(to path: String) throws {
        var out = "Date,Description,Amount,Balance\n"
        var balance: Int64 = 1_000_000
        try write(path) { chunk in
            forEach { line in
                balance += line.cents
                out +=
                    "\(line.year)-\(Self.two(line.month))-\(Self.two(line.day)),\(line.payee),\(Self.amount(line.cents)),\(Self.amount(balance))\n"
                if out.utf8.count > 1 << 20 { chunk(&out) }
            }
        }
        try append(out, to: path)
    }

    /// Writes the lines as OFX 1.x SGML (`xml: false`) or OFX 2.x XML.
    func ofx(to path: String, xml: Bool) throws {
        var out =
            xml
            ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?OFX OFXHEADER=\"200\" VERSION=\"220\" SECURITY=\"NONE\" OLDFILEUID=\"NONE\" NEWFILEUID=\"NONE\"?>\n"
            : "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        let close = xml
        out +=
            "<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS><STMTRS><CURDEF>USD</CURDEF>\n"
        out +=
            "<BANKACCTFROM><BANKID>021000021</BANKID><ACCTID>9876543210</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM><BANKTRANLIST>\n"
        try write(path) { chunk in
            forEach { line in
                let date = "\(line.year)\(Self.two(line.month))\(Self.two(line.day))120000[-5:EST]"
                let name = line.payee.replacingOccurrences(of: "&", with: "&amp;")
                if close {
                    out +=
                        "<STMTTRN><TRNTYPE>\(line.cents < 0 ? "DEBIT" : "CREDIT")</TRNTYPE><DTPOSTED>\(date)</DTPOSTED><TRNAMT>\(Self.amount(line.cents))</TRNAMT><FITID>T\(line.id)</FITID><NAME>\(name)</NAME></STMTTRN>\n"
                } else {
                    out +=
                        "<STMTTRN>\n<TRNTYPE>\(line.cents < 0 ? "DEBIT" : "CREDIT")\n<DTPOSTED>\(date)\n<TRNAMT>\(Self.amount(line.cents))\n<FITID>T\(line.id)\n<NAME>\(name)\n</STMTTRN>\n"
                }
                if out.utf8.count > 1 << 20 { chunk(&out) }
            }
        }
        out += "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
        try append(out, to: path)
    }

    /// Writes the lines as CAMT.053.
    func camt(to path: String) throws {
        var out =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>"
        out += "<GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2025-01-01T00:00:00</CreDtTm></GrpHdr><Stmt><Id>S</Id>"
        out += "<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>USD</Ccy></Acct>\n"
        try write(path) { chunk in
            forEach { line in
                let date = "\(line.year)-\(Self.two(line.month))-\(Self.two(line.day))"
                let party = line.payee.replacingOccurrences(of: "&", with: "&amp;")
                out +=
                    "<Ntry><Amt Ccy=\"USD\">\(Self.amount(Int64(line.cents.magnitude)))</Amt><CdtDbtInd>\(line.cents < 0 ? "DBIT" : "CRDT")</CdtDbtInd>"
                out +=
                    "<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>\(date)</Dt></BookgDt><AcctSvcrRef>R\(line.id)</AcctSvcrRef>"
                out +=
                    "<NtryDtls><TxDtls><RltdPties><Cdtr><Nm>\(party)</Nm></Cdtr></RltdPties></TxDtls></NtryDtls></Ntry>\n"
                if out.utf8.count > 1 << 20 { chunk(&out) }
            }
        }
        out += "</Stmt></BkToCstmrStmt></Document>\n"
        try append(out, to: path)
    }

    private func write(_ path: String, _ body: ((inout String) -> Void) -> Void) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        body { text in
            handle.write(Data(text.utf8))
            text.removeAll(keepingCapacity: true)
        }
    }

    private func append(_ text: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
    }
}
