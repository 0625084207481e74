// libFuzzer entry for GoalKit's parsers. Built only by Scripts/fuzz.sh (GOALKIT_FUZZ=1), with
// -sanitize=fuzzer,address; the target is chosen by GOALKIT_FUZZ_TARGET.
import Foundation
import GoalKit
import GoalKitImport

/// A sink that throws nothing away and checks what the parsers promise.
struct CheckingSink: StatementSink {
    var open = false
    mutating func begin(_ header: StatementHeader) throws(ImportError) {
        precondition(!header.accountID.isEmpty, "a statement without an account")
        open = true
    }
    mutating func line(_ line: StatementLine) throws(ImportError) {
        precondition(open, "a line outside a statement")
        // What LineCheckingSink lets through: bank dates and storable amounts only.
        precondition(line.date.year >= 1900 && line.date.year <= 2100, "a date outside 1900-2100")
        precondition(line.amount.minorUnits.magnitude <= Validation.maximumMinorUnits.magnitude, "an amount too large")
    }
    mutating func invalid(_ error: ImportError) throws(ImportError) {}
    mutating func end(_ footer: StatementFooter) throws(ImportError) {
        if let balance = footer.ledgerBalance {
            precondition(balance.minorUnits.magnitude <= Validation.maximumMinorUnits.magnitude, "a balance too large")
        }
        open = false
    }
    mutating func skipped(_ part: SkippedPart) {}
    mutating func warning(_ warning: ImportWarning) {}
}

let target = ProcessInfo.processInfo.environment["GOALKIT_FUZZ_TARGET"] ?? "csv"
let scratch = NSTemporaryDirectory() + "goalkit-fuzz-\(getpid())"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch target {
    case "amount":
        let text = String(decoding: bytes, as: UTF8.self)
        for mark in DecimalMark.allCases {
            if let parsed = try? Money.parse(text, currency: .usd, decimalMark: mark, excessDecimals: .roundHalfEven) {
                // What parses must format and parse back to the same amount.
                let again = try? Money(parsing: parsed.money.decimalString, currency: .usd)
                precondition(again == parsed.money, "round trip of \(text)")
            }
        }
    case "date":
        let text = String(decoding: bytes, as: UTF8.self)
        if let day = LocalDate(iso: text) { precondition(LocalDate(iso: day.isoString) == day) }
        if let month = YearMonth(text) { precondition(YearMonth(month.description) == month) }
    default:
        let extensions = [
            "csv": "csv", "ofx-sgml": "ofx", "ofx-xml": "ofx", "camt": "xml", "qif": "qif", "mt940": "940",
        ]
        let path = scratch + "." + (extensions[target] ?? "dat")
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let format: InputFormat
        switch target {
        case "csv": format = .csv
        case "ofx-sgml", "ofx-xml": format = .ofx
        case "camt": format = .camt
        case "qif": format = .qif
        case "mt940": format = .mt940
        default: format = .auto
        }
        _ = try? StatementReader.read(path: path, inputFormat: format, into: CheckingSink())
    }
    return 0
}

/// libFuzzer's driver, called from the entry point SwiftPM gives an executable target.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("GoalKitFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
