import Foundation
import GoalKit

/// Plain SVG bar charts that a browser and GitHub show: integer geometry, no scripts, no fonts
/// beyond the system sans-serif, the same bytes for the same data.
///
/// Every chart names its unit under its axis (the currency code, or `% of target`). Money bars
/// are scaled to the largest amount, whose formatted value ends the axis; percent bars are
/// drawn against 100%, so 40% spans 40% of the axis, and a dashed line labelled `target` marks
/// 100%; a bar past it stops at the axis end and its label gives the real value.
enum SVGChartRenderer {
    static let colors = ["#2f6f9f", "#d9822b"]
    /// A percent chart's axis ends at its target: 100.00% in hundredths.
    static let target: Int64 = 10_000

    static func render(_ chart: Chart) -> String {
        let rowHeight = chart.series.count > 1 ? 36 : 26
        let labelWidth = 190
        let barWidth = 330
        let width = labelWidth + barWidth + 130
        let legend = chart.series.count > 1 ? 22 : 0
        // A percent chart keeps a line above its bars for the `target` label.
        let top = 40 + legend + (chart.percent ? 14 : 0)
        let bottom = top + max(1, chart.bars.count) * rowHeight
        let height = bottom + 44
        let scale = chart.percent ? target : max(1, chart.bars.flatMap(\.values).map { max(0, $0) }.max() ?? 1)
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
        out += "font-family=\"-apple-system, Segoe UI, Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
        out += "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        out +=
            "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\" fill=\"#222\">\(escape(chart.heading))</text>\n"
        if chart.series.count > 1 {
            for (index, name) in chart.series.enumerated() {
                let x = 10 + index * 120
                out += "<rect x=\"\(x)\" y=\"32\" width=\"12\" height=\"12\" fill=\"\(colors[index % 2])\"/>"
                out += "<text x=\"\(x + 18)\" y=\"42\" fill=\"#333\">\(escape(name))</text>\n"
            }
        }
        var y = top
        for bar in chart.bars {
            out +=
                "<text x=\"\(labelWidth - 8)\" y=\"\(y + 16)\" text-anchor=\"end\" fill=\"#333\">\(escape(String(bar.label.prefix(28))))</text>\n"
            let thickness = (rowHeight - 8) / max(1, bar.values.count)
            for (index, value) in bar.values.enumerated() {
                let length = length(value, of: scale, across: barWidth)
                let barTop = y + 4 + index * thickness
                out +=
                    "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(barTop)\" width=\"\(length)\" height=\"\(thickness - 1)\" fill=\"\(colors[index % 2])\"/>"
                out +=
                    "<text x=\"\(labelWidth + length + 6)\" y=\"\(barTop + thickness - 3)\" fill=\"#333\">\(escape(label(value, chart)))</text>\n"
            }
            y += rowHeight
        }
        out += axis(chart, scale: scale, from: labelWidth, length: barWidth, top: top, bottom: bottom)
        return out + "</svg>\n"
    }

    /// The axis under the bars: its line, its ends (0 and the scale), the target line of a
    /// percent chart, and the unit.
    static func axis(_ chart: Chart, scale: Int64, from x: Int, length: Int, top: Int, bottom: Int) -> String {
        let end = x + length
        var out =
            "<line class=\"axis\" x1=\"\(x)\" y1=\"\(bottom)\" x2=\"\(end)\" y2=\"\(bottom)\" stroke=\"#999\"/>\n"
        var ticks: [(x: Int, text: String)] = [(x, chart.percent ? "0%" : "0")]
        if chart.percent {
            ticks += [(x + length / 2, "50%"), (end, "100%")]
            out +=
                "<line class=\"target\" x1=\"\(end)\" y1=\"\(top - 4)\" x2=\"\(end)\" y2=\"\(bottom)\" stroke=\"#b03a2e\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>"
            out += "<text x=\"\(end)\" y=\"\(top - 7)\" text-anchor=\"middle\" fill=\"#b03a2e\">target</text>\n"
        } else {
            ticks.append((end, Money(minorUnits: scale, currency: chart.currency).formatted()))
        }
        for tick in ticks {
            out +=
                "<text x=\"\(tick.x)\" y=\"\(bottom + 15)\" text-anchor=\"middle\" fill=\"#666\">\(escape(tick.text))</text>\n"
        }
        out +=
            "<text class=\"unit\" x=\"\(x + length / 2)\" y=\"\(bottom + 33)\" text-anchor=\"middle\" fill=\"#333\">\(escape(chart.unit))</text>\n"
        return out
    }

    /// A bar's length in pixels: its share of the scale, rounded half to even, within 0 and the
    /// axis (a value past the scale stops at its end); at least a pixel above zero.
    static func length(_ value: Int64, of scale: Int64, across width: Int) -> Int {
        guard value > 0 else { return 0 }
        // In 128 bits: `width × value` passes `Int64.max` for values above 2.8 × 10^16.
        let pixels = CheckedAmount.divided(
            Int128(width) * Int128(min(value, scale)), by: Int128(scale), rounding: .halfEven)
        return max(1, Int(pixels))
    }

    static func label(_ value: Int64, _ chart: Chart) -> String {
        if chart.percent { return Listings.percentText(value) + "%" }
        return Money(minorUnits: value, currency: chart.currency).formatted()
    }

    /// Text as SVG character data: controls shown as `\xNN` (XML 1.0 forbids most of them), markup
    /// characters as entities.
    static func escape(_ text: String) -> String { TextEscaping.xml(text) }
}
