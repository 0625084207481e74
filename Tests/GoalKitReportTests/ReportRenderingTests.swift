import Foundation
import GoalKit
import GoalKitAnalysis
import GoalKitReport
import Testing

@Suite struct ReportRenderingTests {
    static func expense(
        _ id: Int64, _ day: String, _ minor: Int64, _ payee: String, _ category: String?, group: String? = nil,
        income: Bool = false, account: String = "000123450912"
    ) -> ReportExpense {
        ReportExpense(
            id: id, date: LocalDate(iso: day)!, amount: Money(minorUnits: minor, currency: .usd), payee: payee,
            account: account,
            category: category, group: group ?? category, isIncome: income, isTransfer: false)
    }

    static var report: Report {
        get throws {
            let expenses = [
                expense(1, "2024-06-01", 300_000, "Employer", "Salary", group: "Income", income: true),
                expense(2, "2024-06-03", -12_345, "=HYPERLINK(\"http://evil\")", "Groceries", group: "Food"),
                expense(3, "2024-06-04", -2_000, "Café, \"Le\" Bon", "Restaurants", group: "Food"),
                expense(4, "2024-06-05", 500, "Café, \"Le\" Bon", "Restaurants", group: "Food"),
                expense(5, "2024-06-06", -999, "Mystery", nil),
                expense(6, "2024-05-06", -5_000, "Grocer", "Groceries", group: "Food"),
            ]
            return try MonthlyReport.build(
                MonthlyReport.Input(
                    month: YearMonth("2024-06")!, currency: .usd, expenses: expenses,
                    limits: ["Groceries": Money(minorUnits: 40_000, currency: .usd)],
                    recurring: [], contributions: [], goals: []))
        }
    }

    @Test func markdownReadsWell() throws {
        let md = ReportRenderer.markdown(try Self.report)
        #expect(md.hasPrefix("# Monthly report — 2024-06\n"))
        #expect(md.contains("| Income | 3,000.00 |"))
        #expect(md.contains("| Savings rate (%) | 95.05 |"))
        #expect(md.contains("![Spending by category, 2024-06 (USD)](monthly-2024-06-spending.svg)"))
        #expect(md.contains("| Restaurants | 15.00 |"))  // the refund is netted
        #expect(md.contains("Café, \"Le\" Bon"))
        #expect(md.contains("| 5 | 2024-06-06 | Mystery | …0912 | -9.99 |"))
        #expect(!md.contains("000123450912"))
    }

    @Test func csvReadsBackAsTheReportAndNeutralisesFormulas() throws {
        let files = ReportRenderer.files(try Self.report, format: .csv)
        #expect(files.map(\.name).contains("monthly-2024-06-categories.csv"))
        let largest = try #require(files.first { $0.name == "monthly-2024-06-largest.csv" })
        let rows = Self.parseCSV(largest.content)
        #expect(rows[0] == ["date", "payee", "category", "account", "amount"])
        #expect(rows[1] == ["2024-06-03", "'=HYPERLINK(\"http://evil\")", "Groceries", "…0912", "123.45"])
        #expect(rows[2] == ["2024-06-04", "Café, \"Le\" Bon", "Restaurants", "…0912", "20.00"])
        let table = try #require(try Self.report.sections.first { $0.table?.name == "largest" }?.table?.listing)
        #expect(rows.count == table.rows.count + 1)
    }

    @Test func jsonHasItsDocumentedShape() throws {
        let json = try Self.report.json.serialized(pretty: true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema_version"] as? Int == 2)
        #expect(object["report"] as? String == "monthly")
        #expect(object["currency_order"] as? [String] == ["USD"])
        let currencies = try #require(object["currencies"] as? [String: Any])
        let usd = try #require(currencies["USD"] as? [String: Any])
        let summary = try #require(usd["summary"] as? [String: Any])
        #expect(summary["income"] as? String == "3000.00")
        let tables = try #require(usd["tables"] as? [String: Any])
        #expect(
            Set(tables.keys) == [
                "categories", "trend", "largest", "merchants", "recurring", "contributions", "goals", "uncategorized",
            ])
        // Keys are sorted.
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            String($0.split(separator: "\"")[1])
        }
        #expect(keys == keys.sorted())
    }

    @Test func theSameDataGivesTheSameBytes() throws {
        let a = ReportRenderer.files(try Self.report, format: .all)
        let b = ReportRenderer.files(try Self.report, format: .all)
        #expect(a.map(\.name) == b.map(\.name))
        #expect(a.map(\.content) == b.map(\.content))
        #expect(
            a.contains {
                $0.name.hasSuffix("-spending.svg") && $0.content.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\"")
            })
    }

    @Test func writesOnlyInsideTheOutputFolder() throws {
        let root = NSTemporaryDirectory() + "goalkit-out-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/a", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let paths = try ReportRenderer.write(try Self.report, format: .all, to: root + "/a/../x")
        #expect(!paths.isEmpty)
        #expect(paths.allSatisfy { $0.hasPrefix(root + "/x/") && !$0.dropFirst(root.count + 3).contains("/") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/a").isEmpty)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: root)) == ["a", "x"])
    }

    /// A small RFC 4180 reader for the tests.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field)
                field = ""
                rows.append(row)
                row = []
            } else {
                field.append(c)
            }
            i += 1
        }
        chars = []
        return rows
    }
}
