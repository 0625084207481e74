import Foundation
import GoalKit

/// Formats a report: Markdown with its charts linked, CSV per table, JSON, SVG per chart.
public enum ReportRenderer {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        case md, csv, json, all
    }

    /// The files of a report in a format: file name → content.
    public static func files(_ report: Report, format: Format) -> [(name: String, content: String)] {
        var files: [(String, String)] = []
        if format == .md || format == .all {
            files.append(("\(report.basename).md", markdown(report)))
            for section in report.sections {
                if let chart = section.chart {
                    files.append(("\(report.basename)-\(chart.name).svg", SVGChartRenderer.render(chart)))
                }
            }
        }
        if format == .csv || format == .all {
            for section in report.sections {
                if let table = section.table {
                    files.append(("\(report.basename)-\(table.name).csv", table.listing.rendered(as: .csv)))
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

    /// The Markdown page: title, summary, then each section with its table and chart.
    public static func markdown(_ report: Report) -> String {
        var out = "# \(report.title)\n\n"
        if !report.summary.isEmpty {
            out += "| | |\n|---|---:|\n"
            for item in report.summary { out += "| \(cellText(.text(item.label))) | \(cellText(item.value)) |\n" }
            out += "\n"
        }
        for section in report.sections {
            out += "## \(section.heading)\n\n"
            for paragraph in section.text { out += paragraph + "\n\n" }
            if let chart = section.chart { out += "![\(chart.heading)](\(report.basename)-\(chart.name).svg)\n\n" }
            if let table = section.table {
                if table.listing.rows.isEmpty {
                    out += "_\(section.empty)_\n\n"
                } else {
                    let listing = table.listing
                    out += "| " + listing.columns.map(heading).joined(separator: " | ") + " |\n"
                    out +=
                        "|"
                        + listing.columns.indices.map { index in
                            listing.rows.contains { $0[index].isNumeric } ? "---:" : "---"
                        }.joined(separator: "|") + "|\n"
                    for row in listing.rows { out += "| " + row.map(cellText).joined(separator: " | ") + " |\n" }
                    out += "\n"
                }
            }
        }
        return out
    }

    /// Text as inert Markdown (see `MarkdownEscaping`): one line, no HTML, links, emphasis or
    /// entities, controls shown as `\xNN`.
    static func markdownText(_ text: String) -> String { MarkdownEscaping.text(text) }

    static func heading(_ column: String) -> String {
        let words = column.split(separator: "_").map { $0 == "bls" ? "BLS" : String($0) }
        let text = words.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    static func cellText(_ cell: ListingCell) -> String {
        switch cell {
        case .empty: "–"
        case .text(let s): markdownText(s)
        case .money(let m): m.formatted()
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
