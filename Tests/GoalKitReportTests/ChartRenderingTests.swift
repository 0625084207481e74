import Foundation
import GoalKit
import GoalKitReport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Charts show the truth: percent bars against 100% with the target marked, a bar past it capped
/// with its real value, and every chart names its unit and currency.
@Suite struct ChartRenderingTests {
    /// An SVG read back: its elements with their attributes, and each element's text.
    final class SVGReader: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String], text: String)] = []
        /// The elements open where the parser is, innermost last.
        var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            open.append(elements.count)
            elements.append((name, attributes, ""))
        }

        func parser(
            _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
        ) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }

        static func read(_ svg: String) throws -> SVGReader {
            let reader = SVGReader()
            let parser = XMLParser(data: Data(svg.utf8))
            parser.delegate = reader
            #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
            return reader
        }

        func all(_ name: String, class kind: String) -> [[String: String]] {
            elements.filter { $0.name == name && $0.attributes["class"] == kind }.map(\.attributes)
        }

        var texts: [String] { elements.filter { $0.name == "text" }.map(\.text) }
    }

    /// The SVG of a chart, as the report renderer writes it.
    static func svg(_ chart: Chart) throws -> String {
        let report = Report(
            kind: "goals", basename: "goals-2026-10-31", title: "Goals", parameters: [:], summary: [],
            sections: [Report.Section(heading: "Goals", chart: chart)], currency: chart.currency)
        let file = try #require(ReportRenderer.files(report, format: .md).first { $0.name.hasSuffix(".svg") })
        return file.content
    }

    static func width(_ attributes: [String: String]) -> Int { Int(attributes["width"] ?? "") ?? -1 }
    static func x(_ attributes: [String: String], _ key: String = "x") -> Int { Int(attributes[key] ?? "") ?? -1 }

    /// (progress in basis points, the other bar's): each bar's length is its share of the 100%
    /// axis (330 pixels: these shares are whole pixels), not of the largest bar.
    @Test(arguments: [(Int64(4_000), Int64(10_000)), (4_000, 8_000), (3_000, 6_000), (4_000, 4_000)])
    func percentBarsAreDrawnAgainstTheTarget(progress: Int64, other: Int64) throws {
        let chart = Chart(
            name: "progress", title: "Progress toward each goal", bars: [("Car", [progress]), ("Trip", [other])],
            series: ["Progress"], percent: true, currency: .usd)
        let svg = try SVGReader.read(try Self.svg(chart))
        let bars = svg.all("rect", class: "bar")
        try #require(bars.count == 2)
        let target = try #require(svg.all("line", class: "target").first)
        let axis = try #require(svg.all("line", class: "axis").first)
        let full = Self.x(axis, "x2") - Self.x(axis, "x1")
        #expect(full > 0)
        // The target line stands at 100%: the axis end, the end of a full bar.
        #expect(Self.x(target, "x1") == Self.x(axis, "x2"))
        #expect(Self.x(target, "x2") == Self.x(axis, "x2"))
        for (bar, value) in zip(bars, [progress, other]) {
            #expect(Self.x(bar) == Self.x(axis, "x1"))
            #expect(Int64(Self.width(bar)) * 10_000 == value * Int64(full))
        }
        #expect(svg.texts.contains("target"))
        #expect(svg.texts.contains("% of target"))
        #expect(svg.texts.contains("100%"))
        #expect(svg.texts.contains(Listings.percentText(progress) + "%"))
    }

    @Test func aFortyPercentBarIsFortyPercentOfAFullOne() throws {
        let chart = Chart(
            name: "progress", title: "Progress toward each goal", bars: [("Car", [4_000]), ("Trip", [10_000])],
            series: ["Progress"], percent: true, currency: .usd)
        let svg = try SVGReader.read(try Self.svg(chart))
        let bars = svg.all("rect", class: "bar")
        try #require(bars.count == 2)
        let widths = bars.map(Self.width)
        #expect(widths == [132, 330])
        #expect(widths[0] * 5 == widths[1] * 2)  // 40% of the 100% bar
        // The target line is where the 100% bar ends.
        #expect(svg.all("line", class: "target").map { Self.x($0, "x1") } == [Self.x(bars[1]) + widths[1]])
    }

    /// (progress past the target, its label): drawn to the axis end, labelled with the real value.
    @Test(arguments: [
        (Int64(12_500), "125.00%"), (10_001, "100.01%"), (1_000_000, "10000.00%"), (Int64.max, "92233720368547758.07%"),
    ])
    func progressPastTheTargetIsCappedWithItsRealValue(progress: Int64, label: String) throws {
        let chart = Chart(
            name: "progress", title: "Progress toward each goal", bars: [("Done", [progress]), ("Half", [5_000])],
            series: ["Progress"], percent: true, currency: .usd)
        let svg = try SVGReader.read(try Self.svg(chart))
        let bars = svg.all("rect", class: "bar")
        let axis = try #require(svg.all("line", class: "axis").first)
        #expect(
            bars.map(Self.width) == [
                Self.x(axis, "x2") - Self.x(axis, "x1"), (Self.x(axis, "x2") - Self.x(axis, "x1")) / 2,
            ])
        #expect(svg.texts.contains(label))
    }

    /// (currency, amounts, formatted largest amount): the axis and the title name the currency.
    @Test(arguments: [("USD", 123_450, "1,234.50"), ("EUR", 99_999, "999.99"), ("JPY", 1_234_567, "1,234,567")])
    func moneyChartsNameTheirCurrency(code: String, largest: Int64, formatted: String) throws {
        let currency = try Currency(code: code)
        let chart = Chart(
            name: "spending", title: "Spending by category, 2026-10",
            bars: [("Rent", [largest]), ("Food", [largest / 4])],
            series: ["Spent"], currency: currency)
        let content = try Self.svg(chart)
        let svg = try SVGReader.read(content)
        #expect(svg.elements.filter { $0.attributes["class"] == "unit" }.map(\.text) == [code])
        #expect(svg.texts.contains("Spending by category, 2026-10 (\(code))"))
        #expect(svg.texts.contains(formatted))
        #expect(svg.all("line", class: "target").isEmpty)
        for other in ["USD", "EUR", "JPY"] where other != code { #expect(!content.contains(other)) }
        // Money bars are scaled to the largest amount.
        let widths = svg.all("rect", class: "bar").map(Self.width)
        let axis = try #require(svg.all("line", class: "axis").first)
        #expect(widths.first == Self.x(axis, "x2") - Self.x(axis, "x1"))
        #expect(chart.heading == "Spending by category, 2026-10 (\(code))")
        #expect(chart.unit == code)
    }

    @Test func aTitleThatNamesItsCurrencyIsLeftAlone() {
        let chart = Chart(name: "trend", title: "Income in EUR", bars: [], series: ["Income"], currency: .eur)
        #expect(chart.heading == "Income in EUR")
        let percent = Chart(name: "p", title: "Progress", bars: [], series: ["Progress"], percent: true, currency: .eur)
        #expect(percent.heading == "Progress")
        #expect(percent.unit == "% of target")
    }

    @Test func aHostileUnitStaysEscaped() throws {
        let chart = Chart(
            name: "spending", title: "Spending <b>&", bars: [("<x>", [100])], series: ["Spent"], currency: .usd,
            unit: "USD <script>")
        let content = try Self.svg(chart)
        let svg = try SVGReader.read(content)
        #expect(svg.texts.contains("USD <script>"))
        #expect(!content.contains("<script>"))
        #expect(!content.contains("<b>"))
    }
}
