import Foundation

/// `goalkit-bench [--quick] [--json] [--runs N] [--sizes 10000,100000,1000000] [--write-files DIR]`: import throughput
/// per format against `sqlite3 .import` and a bare libxml2 pass, peak memory, `report monthly`
/// and `recommend` on 100k and 1M databases, and categorising 1M expenses. Figures are ratios
/// against references measured in the same run.
@main
struct BenchMain {
    static func main() throws {
        let args = CommandLine.arguments
        let quick = args.contains("--quick")
        let json = args.contains("--json")
        func value(_ flag: String) -> String? {
            args.firstIndex(of: flag).flatMap { $0 + 1 < args.count ? args[$0 + 1] : nil }
        }
        let runs = Int(value("--runs") ?? "") ?? (quick ? 1 : 3)
        let sizes =
            value("--sizes")?.split(separator: ",").compactMap { Int($0) }
            ?? (quick ? [2_000, 10_000] : [10_000, 100_000, 1_000_000])
        if let out = value("--write-files") {
            // Writes the generated files (for profiling by hand) and stops.
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for n in sizes {
                let generator = BankFileGenerator(lines: n, perMonth: 8_334, seed: 42)
                try generator.csv(to: out + "/bench-\(n).csv")
                try generator.ofx(to: out + "/bench-\(n).ofx", xml: false)
                try generator.ofx(to: out + "/bench-\(n)-x.ofx", xml: true)
                try generator.camt(to: out + "/bench-\(n).xml")
            }
            return
        }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "goalkit"
        ).path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            FileHandle.standardError.write(
                Data("goalkit-bench: build goalkit first (it is looked for at \(binary))\n".utf8))
            exit(66)
        }
        let sqlite = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        let folder = NSTemporaryDirectory() + "goalkit-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        var rows: [[String: String]] = []
        func record(_ row: [String: String]) {
            rows.append(row)
            if !json { print(row.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "  ")) }
        }
        func rate(_ lines: Int, _ seconds: Double) -> String {
            seconds > 0 ? String(Int(Double(lines) / seconds)) : "-"
        }
        func ratio(_ a: Double, _ b: Double) -> String { b > 0 ? String(format: "%.2f", a / b) : "-" }

        let perMonth = 8_334
        var csvTimes: [Int: Double] = [:]
        for n in sizes {
            let generator = BankFileGenerator(lines: n, perMonth: perMonth, seed: 42)
            let csv = folder + "/bench-\(n).csv"
            try generator.csv(to: csv)
            // The reference: sqlite3 .import into an indexed table with a unique key.
            var referenceSeconds = 0.0
            if let sqlite {
                let script = folder + "/import-\(n).sql"
                try """
                CREATE TABLE t(date TEXT, description TEXT, amount TEXT, balance TEXT);
                CREATE INDEX t_date ON t(date);
                CREATE UNIQUE INDEX t_all ON t(date, description, amount, balance);
                .mode csv
                .import --skip 1 \(csv) t

                """.write(toFile: script, atomically: true, encoding: .utf8)
                let reference = Measure.median(runs) {
                    let db = folder + "/ref-\(n)-\(UUID().uuidString).sqlite"
                    let run = Measure.run(sqlite, [db], stdin: script)
                    try? FileManager.default.removeItem(atPath: db)
                    return run
                }
                referenceSeconds = reference.seconds
                record([
                    "case": "sqlite3 .import csv", "n": "\(n)", "lines_per_s": rate(n, reference.seconds),
                    "seconds": String(format: "%.3f", reference.seconds),
                    "peak_mb": String(format: "%.0f", reference.peakMB),
                ])
            }
            // The floor for GoalKit's schema: sqlite3 itself putting the same rows, already in a
            // table, into `expenses` with its constraints and indexes the way a bulk import does
            // (three secondary indexes built after), one transaction. No parsing, no keys
            // worked out, no categorising: what SQLite alone needs for these rows.
            var floorSeconds = 0.0
            if let sqlite {
                let floor = Measure.median(runs) {
                    let db = folder + "/floor-\(n)-\(UUID().uuidString).sqlite"
                    defer {
                        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
                    }
                    _ = Measure.run(binary, ["init", "--db", db])
                    let load = folder + "/floor-load-\(n).sql"
                    let insert = folder + "/floor-insert-\(n).sql"
                    try? """
                    INSERT INTO budgets(user_id, name, start_date, end_date, currency) VALUES (1, 'all', '2000-01-01', '2099-12-31', 'USD');
                    INSERT INTO import_batches(user_id, file_name, format) VALUES (1, 'floor', 'csv');
                    CREATE TABLE raw(date TEXT, description TEXT, amount TEXT, balance TEXT);
                    .mode csv
                    .import --skip 1 \(csv) raw

                    """.write(toFile: load, atomically: true, encoding: .utf8)
                    try? """
                    PRAGMA cache_size = -16384;
                    BEGIN;
                    DROP INDEX expenses_budget; DROP INDEX expenses_user_date; DROP INDEX expenses_user_account;
                    INSERT INTO expenses(user_id, budget_id, name, amount, currency, date, account, payee_raw, memo, amount_text,
                                         dedup_key, import_batch_id, created_at)
                    SELECT 1, 1, description, CAST(round(amount * 100) AS INTEGER), 'USD', date, 'bench', description, '', amount,
                           'c:' || date || ':' || rowid, 1, '2026-01-01 00:00:00.000'
                    FROM raw ORDER BY rowid ON CONFLICT(user_id, account, dedup_key) DO NOTHING;
                    CREATE INDEX expenses_budget ON expenses(budget_id);
                    CREATE INDEX expenses_user_date ON expenses(user_id, date);
                    CREATE INDEX expenses_user_account ON expenses(user_id, account, date);
                    COMMIT;

                    """.write(toFile: insert, atomically: true, encoding: .utf8)
                    _ = Measure.run(sqlite, [db], stdin: load)
                    return Measure.run(sqlite, [db], stdin: insert)
                }
                floorSeconds = floor.seconds
                record([
                    "case": "sqlite3 insert into goalkit schema", "n": "\(n)", "lines_per_s": rate(n, floor.seconds),
                    "seconds": String(format: "%.3f", floor.seconds), "peak_mb": String(format: "%.0f", floor.peakMB),
                ])
            }
            for (format, path, make) in [
                ("csv", csv, { () throws -> Void in }),
                (
                    "ofx-sgml", folder + "/bench-\(n).ofx",
                    { try generator.ofx(to: folder + "/bench-\(n).ofx", xml: false) }
                ),
                (
                    "ofx-xml", folder + "/bench-\(n)-x.ofx",
                    { try generator.ofx(to: folder + "/bench-\(n)-x.ofx", xml: true) }
                ),
                ("camt053", folder + "/bench-\(n).xml", { try generator.camt(to: folder + "/bench-\(n).xml") }),
            ] as [(String, String, () throws -> Void)] {
                try make()
                let imported = Measure.median(runs) {
                    let db = folder + "/gk-\(format)-\(n)-\(UUID().uuidString).sqlite"
                    let run = Measure.run(
                        binary, ["import", "--db", db, "--account", "bench", "--currency", "USD", path])
                    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
                    return run
                }
                var row = [
                    "case": "goalkit import \(format)", "n": "\(n)", "lines_per_s": rate(n, imported.seconds),
                    "seconds": String(format: "%.3f", imported.seconds),
                    "peak_mb": String(format: "%.0f", imported.peakMB),
                    "exit": "\(imported.status)",
                ]
                if format == "csv" {
                    csvTimes[n] = imported.seconds
                    row["vs_sqlite3_import"] = ratio(referenceSeconds, imported.seconds)
                    row["vs_schema_floor"] = ratio(floorSeconds, imported.seconds)
                } else if format.hasPrefix("ofx"), let csvTime = csvTimes[n] {
                    row["time_vs_csv_import"] = ratio(imported.seconds, csvTime)
                }
                if format == "ofx-xml" || format == "camt053" {
                    let bare = Measure.time { _ = XMLReaderPass.run(path) }
                    row["vs_bare_libxml2_pass"] = ratio(bare, imported.seconds)
                }
                record(row)
                if format != "csv" { try? FileManager.default.removeItem(atPath: path) }
            }
        }
        if let small = sizes.dropLast().last, let large = sizes.last, let a = csvTimes[small], let b = csvTimes[large] {
            record([
                "case": "linearity csv import", "n": "\(large)/\(small)", "time_ratio": ratio(b, a),
                "size_ratio": "\(large / small)",
            ])
        }
        // Report and recommend on two databases with the same lines per month.
        var reportTimes: [Int: (Double, Double)] = [:]
        for n in sizes.suffix(2) {
            let db = folder + "/analysis-\(n).sqlite"
            _ = Measure.run(
                binary, ["import", "--db", db, "--account", "bench", "--currency", "USD", folder + "/bench-\(n).csv"])
            _ = Measure.run(
                binary,
                [
                    "goal", "add", "--db", db, "--name", "Car", "--target", "20000", "--category", "vehicle",
                    "--by", "2030-12-31", "--start", "2015-01-01",
                ])
            let months = n / perMonth
            let last = "\(2015 + (months - 1) / 12)-\(BankFileGenerator.two(1 + (months - 1) % 12))"
            let asOf = last + "-28"
            let report = Measure.median(runs) {
                Measure.run(
                    binary,
                    [
                        "report", "monthly", "--db", db, "--month", last, "--format", "all", "--out",
                        folder + "/reports-\(n)",
                    ])
            }
            let recommend = Measure.median(runs) { Measure.run(binary, ["recommend", "--db", db, "--as-of", asOf]) }
            reportTimes[n] = (report.seconds, recommend.seconds)
            record([
                "case": "report monthly", "n": "\(n)", "seconds": String(format: "%.3f", report.seconds),
                "peak_mb": String(format: "%.0f", report.peakMB),
            ])
            record([
                "case": "recommend", "n": "\(n)", "seconds": String(format: "%.3f", recommend.seconds),
                "peak_mb": String(format: "%.0f", recommend.peakMB),
            ])
            if n == sizes.last {
                let categorize = Measure.run(binary, ["categorize", "--db", db, "--retrain"])
                record([
                    "case": "categorize", "n": "\(n)", "seconds": String(format: "%.3f", categorize.seconds),
                    "lines_per_s": rate(n, categorize.seconds), "peak_mb": String(format: "%.0f", categorize.peakMB),
                ])
            }
        }
        if let small = sizes.dropLast().last, let large = sizes.last, let a = reportTimes[small],
            let b = reportTimes[large]
        {
            record([
                "case": "report monthly and recommend, large/small", "n": "\(large)/\(small)",
                "report_ratio": ratio(b.0, a.0), "recommend_ratio": ratio(b.1, a.1),
            ])
        }
        if json {
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
