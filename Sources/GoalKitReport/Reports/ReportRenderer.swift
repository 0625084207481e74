import Foundation
import GoalKit

/// Formats a report: Markdown with its charts linked, CSV per table, JSON, SVG per chart.
public enum ReportRenderer {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        case md, csv, json, all
    }

    /// The files of a report in a format: file name → content. With several currencies each
    /// part's CSV and SVG names end with its code (`monthly-2026-10-categories-EUR.csv`).
    public static func files(_ report: Report, format: Format) -> [(name: String, content: String)] {
        var files: [(String, String)] = []
        let groups = report.parts.map { (report.suffix($0), $0.sections) } + [("", report.combined)]
        if format == .md || format == .all {
            files.append(("\(report.basename).md", markdown(report)))
            for (suffix, sections) in groups {
                for chart in sections.compactMap(\.chart) {
                    files.append(("\(report.basename)-\(chart.name)\(suffix).svg", SVGChartRenderer.render(chart)))
                }
            }
        }
        if format == .csv || format == .all {
            for (suffix, sections) in groups {
                for table in sections.compactMap(\.table) {
                    files.append(("\(report.basename)-\(table.name)\(suffix).csv", table.listing.rendered(as: .csv)))
                }
            }
        }
        if format == .json || format == .all {
            files.append(("\(report.basename).json", report.json.serialized(pretty: true) + "\n"))
        }
        return files
    }

    /// Writes a report's files into a folder (created when missing), never outside it: each
    /// file whole or not at all (a temporary file, `fsync`, `rename`), never through a symbolic
    /// link named like a report (the link is replaced, its target left alone).
    /// - Returns: the paths written.
    /// - Throws: `ReportWriteError` naming the path and the system's reason
    ///   (`…/monthly-2024-01.md: no space left on device`, `…/out: not a directory`).
    public static func write(_ report: Report, format: Format, to folder: String) throws(ReportWriteError) -> [String] {
        let base = URL(fileURLWithPath: folder).standardizedFileURL
        try ReportFileWriter.makeFolder(base.path)
        var written: [String] = []
        for (name, content) in files(report, format: format) {
            let target = base.appendingPathComponent(name).standardizedFileURL
            guard target.deletingLastPathComponent().path == base.path, !name.contains("/") else {
                throw ReportWriteError(path: target.path, reason: "outside the output folder")
            }
            try ReportFileWriter.write(content, named: name, in: base.path)
            written.append(target.path)
        }
        return written
    }

    /// The Markdown page: title, notes, then per currency its summary and sections (under a
    /// heading per currency when there are several, every amount then with its code), then the
    /// combined sections.
    public static func markdown(_ report: Report) -> String {
        var out = "# \(report.title)\n\n"
        for note in report.notes { out += "> **Note:** \(markdownText(note))\n\n" }
        let several = report.isMultiCurrency
        if !several, let part = report.parts.first { out += "Amounts in \(part.currency.code).\n\n" }
        for part in report.parts {
            let level = several ? "###" : "##"
            if several { out += "## \(part.currency.code)\n\n" }
            for note in part.notes { out += "> **Note:** \(markdownText(note))\n\n" }
            out += summary(part.summary, several: several)
            for section in part.sections {
                out += self.section(
                    section, level: level, chartFile: "\(report.basename)-%@\(report.suffix(part)).svg",
                    several: several)
            }
        }
        for section in report.combined {
            out += self.section(section, level: "##", chartFile: "\(report.basename)-%@.svg", several: several)
        }
        return out
    }

    static func summary(_ items: [(label: String, key: String, value: ListingCell)], several: Bool) -> String {
        guard !items.isEmpty else { return "" }
        var out = "| | |\n|---|---:|\n"
        for item in items {
            out += "| \(cellText(.text(item.label))) | \(cellText(item.value, withCurrency: several)) |\n"
        }
        return out + "\n"
    }

    static func section(_ section: Report.Section, level: String, chartFile: String, several: Bool) -> String {
        var out = "\(level) \(section.heading)\n\n"
        for paragraph in section.text { out += paragraph + "\n\n" }
        if let chart = section.chart {
            out += "![\(chart.heading)](\(chartFile.replacingOccurrences(of: "%@", with: chart.name)))\n\n"
        }
        guard let table = section.table else { return out }
        let listing = table.listing
        if listing.rows.isEmpty { return out + "_\(section.empty)_\n\n" }
        out += "| " + listing.columns.map(heading).joined(separator: " | ") + " |\n"
        out +=
            "|"
            + listing.columns.indices.map { index in
                listing.rows.contains { $0[index].isNumeric } ? "---:" : "---"
            }.joined(separator: "|") + "|\n"
        for row in listing.rows {
            out += "| " + row.map { cellText($0, withCurrency: several) }.joined(separator: " | ") + " |\n"
        }
        return out + "\n"
    }

    /// Text as inert Markdown (see `MarkdownEscaping`): one line, no HTML, links, emphasis or
    /// entities, controls shown as `\xNN`.
    static func markdownText(_ text: String) -> String { MarkdownEscaping.text(text) }

    static func heading(_ column: String) -> String {
        let words = column.split(separator: "_").map { $0 == "bls" ? "BLS" : String($0) }
        let text = words.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A cell as Markdown; money with its currency code when `withCurrency`.
    static func cellText(_ cell: ListingCell, withCurrency: Bool = false) -> String {
        switch cell {
        case .empty: "–"
        case .text(let s): markdownText(s)
        case .money(let m): withCurrency ? "\(m.formatted()) \(m.currency.code)" : m.formatted()
        case .int(let i): String(i)
        case .decimal(let d): d
        case .date(let d): d.isoString
        case .bool(let b): b ? "yes" : "no"
        }
    }
}

/// A report file that could not be written.
public struct ReportWriteError: Error, Sendable, CustomStringConvertible {
    /// The file's path.
    public var path: String
    /// Why: `outside the output folder`, or the system's reason (`no space left on device`).
    public var reason: String
    /// `PATH: REASON`.
    public var description: String { "\(path): \(reason)" }
}
