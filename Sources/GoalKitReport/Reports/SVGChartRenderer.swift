import Foundation
import GoalKit

/// Plain SVG bar charts that a browser and GitHub show: integer geometry, no scripts, no fonts
/// beyond the system sans-serif, the same bytes for the same data.
enum SVGChartRenderer {
    static let colors = ["#2f6f9f", "#d9822b"]

    static func render(_ chart: Chart) -> String {
        let rowHeight = chart.series.count > 1 ? 36 : 26
        let labelWidth = 190
        let barWidth = 330
        let width = labelWidth + barWidth + 130
        let legend = chart.series.count > 1 ? 22 : 0
        let height = 40 + legend + max(1, chart.bars.count) * rowHeight + 10
        let maxValue = max(1, chart.bars.flatMap(\.values).map { max(0, $0) }.max() ?? 1)
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
        out += "font-family=\"-apple-system, Segoe UI, Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
        out += "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        out +=
            "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\" fill=\"#222\">\(escape(chart.title))</text>\n"
        if chart.series.count > 1 {
            for (index, name) in chart.series.enumerated() {
                let x = 10 + index * 120
                out += "<rect x=\"\(x)\" y=\"32\" width=\"12\" height=\"12\" fill=\"\(colors[index % 2])\"/>"
                out += "<text x=\"\(x + 18)\" y=\"42\" fill=\"#333\">\(escape(name))</text>\n"
            }
        }
        var y = 40 + legend
        for bar in chart.bars {
            out +=
                "<text x=\"\(labelWidth - 8)\" y=\"\(y + 16)\" text-anchor=\"end\" fill=\"#333\">\(escape(String(bar.label.prefix(28))))</text>\n"
            let thickness = (rowHeight - 8) / max(1, bar.values.count)
            for (index, value) in bar.values.enumerated() {
                // In 128 bits: `barWidth × value` passes `Int64.max` for values above 2.8 × 10^16.
                let length = Int(Int128(barWidth) * Int128(max(0, min(value, maxValue))) / Int128(maxValue))
                let top = y + 4 + index * thickness
                out +=
                    "<rect x=\"\(labelWidth)\" y=\"\(top)\" width=\"\(max(1, length))\" height=\"\(thickness - 1)\" fill=\"\(colors[index % 2])\"/>"
                out +=
                    "<text x=\"\(labelWidth + max(1, length) + 6)\" y=\"\(top + thickness - 3)\" fill=\"#333\">\(escape(label(value, chart)))</text>\n"
            }
            y += rowHeight
        }
        return out + "</svg>\n"
    }

    static func label(_ value: Int64, _ chart: Chart) -> String {
        if chart.percent {
            let magnitude = value.magnitude
            return "\(value < 0 ? "-" : "")\(magnitude / 100).\(magnitude % 100 < 10 ? "0" : "")\(magnitude % 100)%"
        }
        return Money(minorUnits: value, currency: chart.currency).formatted()
    }

    /// Text as SVG character data: controls shown as `\xNN` (XML 1.0 forbids most of them), markup
    /// characters as entities.
    static func escape(_ text: String) -> String { TextEscaping.xml(text) }
}
