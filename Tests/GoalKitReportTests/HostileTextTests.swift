import Foundation
import GoalKit
import GoalKitReport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Category, goal and payee names holding controls, markup and links are shown as written and
/// do nothing: text tables show controls as `\xNN`, SVG stays well-formed XML, Markdown forms
/// no HTML, link, emphasis or entity.
@Suite struct HostileTextTests {
    /// (text, as a text table shows it).
    static let terminal: [(String, String)] = [
        ("\u{1B}[2JCleared", "\\x1b[2JCleared"), ("Fake\rrow", "Fake\\x0drow"), ("\u{07}Bell", "\\x07Bell"),
        ("\u{01}Start", "\\x01Start"), ("Del\u{7F}", "Del\\x7f"), ("\u{9B}31mRed", "\\x9b31mRed"),
        ("Tab\tbed", "Tab\\x09bed"), ("Two\nlines", "Two lines"), ("\u{0}Nul", "\\x00Nul"),
        ("Non\u{FFFE}char", "Non\\ufffechar"), ("Café ☕", "Café ☕"),
    ]

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    @Test(arguments: terminal)
    func textTablesShowControlsVisibly(text: String, shown: String) {
        let table = Listing(columns: ["payee", "amount"], rows: [[.text(text), .int(5)]]).rendered(as: .table)
        #expect(table.contains(shown + "  "), "\(table.debugDescription)")
        #expect(!table.unicodeScalars.contains { Self.isControl($0) && $0 != "\n" })
        #expect(table.split(separator: "\n").count == 3)
    }

    @Test(arguments: terminal)
    func svgChartsStayWellFormedXML(text: String, shown: String) throws {
        let expenses = [
            ReportRenderingTests.expense(1, "2024-06-02", -1_000, "Shop", text),
            ReportRenderingTests.expense(2, "2024-06-03", -500, text, "Groceries"),
        ]
        let report = try MonthlyReport.build(
            MonthlyReport.Input(
                month: YearMonth("2024-06")!, currency: .usd, expenses: expenses, limits: [:], recurring: [],
                contributions: [], goals: []))
        let charts = ReportRenderer.files(report, format: .md).filter { $0.name.hasSuffix(".svg") }
        #expect(charts.count == 3)
        for chart in charts {
            let parser = XMLParser(data: Data(chart.content.utf8))
            #expect(parser.parse(), "\(chart.name): \(parser.parserError.map { "\($0)" } ?? "")")
            #expect(!chart.content.unicodeScalars.contains { Self.isControl($0) && $0 != "\n" })
        }
        let spending = try #require(charts.first { $0.name.hasSuffix("-spending.svg") })
        #expect(spending.content.contains(TextEscaping.xml(String(text.prefix(28)))))
    }

    /// (payee, its Markdown cell).
    @Test(arguments: [
        ("<http://evil.example>", "&lt;http\\://evil.example&gt;"),
        ("See http://evil.example/x", "See http\\://evil.example/x"),
        ("HTTPS://EVIL.EXAMPLE", "HTTPS\\://EVIL.EXAMPLE"),
        ("www.evil.example", "www\\.evil.example"), ("WWW.evil.example", "WWW\\.evil.example"),
        ("me@evil.example", "me\\@evil.example"), ("*bold* _it_ ~gone~", "\\*bold\\* \\_it\\_ \\~gone\\~"),
        ("snake_case & _x_", "snake_case & \\_x\\_"),
        ("&amp; &lt; &#60;", "&amp;amp; &amp;lt; &amp;#60;"), ("[x](http://e)", "\\[x\\](http\\://e)"),
        ("![i](x.png)", "!\\[i\\](x.png)"), ("a|b", "a\\|b"), ("`code`", "\\`code\\`"), ("$x^2$", "\\$x^2\\$"),
        ("back\\slash", "back\\\\slash"), ("\u{1B}[2J", "\\\\x1b\\[2J"), ("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"),
        ("Fake\r| row |", "Fake\\\\x0d\\| row \\|"), ("Two\nlines", "Two lines"),
    ])
    func markdownIsInert(payee: String, cell: String) throws {
        let report = try MonthlyReport.build(
            MonthlyReport.Input(
                month: YearMonth("2024-06")!, currency: .usd,
                expenses: [ReportRenderingTests.expense(7, "2024-06-02", -1_000, payee, nil)], limits: [:],
                recurring: [], contributions: [], goals: []))
        let md = ReportRenderer.markdown(report)
        #expect(md.contains("| 2024-06-02 | \(cell) | Uncategorized |"), "\(md)")
        #expect(md.contains("| 7 | 2024-06-02 | \(cell) |"))
    }
}
