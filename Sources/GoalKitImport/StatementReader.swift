import Foundation

/// Reads bank files: detects the format from the content, decodes the text, parses, and
/// streams statements into a sink. Files in, statements out; no database.
///
/// ```swift
/// let parsed = try StatementReader.inspect(path: "march.ofx")
/// parsed.statements[0].lines.count
/// ```
public enum StatementReader {
    /// What reading a file found besides its statements.
    public struct Outcome<Sink: StatementSink> {
        /// The sink, after it has received everything.
        public var sink: Sink
        /// The format read.
        public var format: StatementFormat
        /// The encoding the text turned out to be in.
        public var encoding: String
    }

    /// The format of a file, from its content.
    /// - Throws: `ImportError` when it cannot be opened or is no statement GoalKit reads.
    public static func detect(path: String, file: String? = nil) throws(ImportError) -> StatementFormat {
        let source = try ByteSource(path: path)
        return try FormatDetector.detect(source.prefix(FormatDetector.window), file: file ?? path)
    }

    /// Reads a file into a sink, streaming.
    /// - Parameters:
    ///   - path: the file.
    ///   - file: the name errors give (default the path).
    ///   - inputFormat: `auto`, or a format the content must have.
    ///   - options: default currency and account.
    ///   - sink: what receives the statements.
    ///   - progress: called now and then with (bytes read, file size).
    /// - Throws: `ImportError` naming the file, the line or element and the reason.
    public static func read<Sink: StatementSink>(
        path: String, file: String? = nil, inputFormat: InputFormat = .auto, options: ParseOptions = ParseOptions(),
        into sink: Sink
    ) throws(ImportError) -> Outcome<Sink> {
        let name = file ?? path
        var outcome = try parse(
            path: path, file: name, inputFormat: inputFormat, options: options,
            into: LineCheckingSink(base: sink, file: name))
        return Outcome(sink: outcome.sink.finish(), format: outcome.format, encoding: outcome.encoding)
    }

    /// Detects the format and runs its parser.
    private static func parse<Sink: StatementSink>(
        path: String, file name: String, inputFormat: InputFormat, options: ParseOptions, into sink: Sink
    ) throws(ImportError) -> Outcome<Sink> {
        let source = try ByteSource(path: path)
        let format = try FormatDetector.detect(source.prefix(FormatDetector.window), file: name)
        try check(format, against: inputFormat, file: name)
        switch format {
        case .ofxSGML:
            var parser = OFXSGMLParser(
                source: source, sink: sink, file: name, options: options,
                corrections: OFXCorrectionScan.targets(path: path))
            let (done, encoding) = try parser.parse()
            return Outcome(sink: done, format: format, encoding: source.bomEncoding ?? encoding)
        case .ofxXML:
            do {
                let done = try OFXXMLParser(path: path, file: name, options: options).parse(sink: sink)
                return Outcome(sink: done, format: format, encoding: source.bomEncoding ?? xmlEncoding(source))
            } catch  where error.kind == .malformed && error.message.hasPrefix("not well-formed XML") {
                // Banks send OFX 1.x bodies under XML headers: read it the tolerant way, and say so.
                var again = sink
                try again.restart()
                var parser = OFXSGMLParser(
                    source: try ByteSource(path: path), sink: again, file: name, options: options,
                    corrections: OFXCorrectionScan.targets(path: path))
                guard let result = try? parser.parse() else { throw error }
                var done = result.sink
                let encoding = result.encoding
                done.warning(ImportWarning(line: error.line, message: "\(error.message); read as OFX 1.x SGML instead"))
                return Outcome(sink: done, format: .ofxSGML, encoding: source.bomEncoding ?? encoding)
            }
        case .camt053, .camt052, .camt054:
            let done = try CAMTParser(path: path, file: name, options: options).parse(sink: sink)
            return Outcome(sink: done, format: format, encoding: source.bomEncoding ?? xmlEncoding(source))
        case .qif:
            let (done, encoding) = try QIFParser(path: path, file: name, options: options).parse(sink: sink)
            return Outcome(sink: done, format: format, encoding: source.bomEncoding ?? encoding)
        case .mt940:
            let (done, encoding) = try MT940Parser(path: path, file: name, options: options).parse(sink: sink)
            return Outcome(sink: done, format: format, encoding: source.bomEncoding ?? encoding)
        case .csv:
            let detector = CSVLayoutDetector(
                path: path, file: name, profile: options.profile ?? CSVProfile(), options: options)
            let layout = try detector.detect()
            let (done, encoding) = try CSVParser(path: path, file: name, options: options, layout: layout).parse(
                sink: sink)
            return Outcome(sink: done, format: format, encoding: source.bomEncoding ?? encoding)
        }
    }

    /// Reads a whole file into memory: what `inspect` prints.
    /// - Throws: `ImportError`.
    public static func inspect(
        path: String, file: String? = nil, inputFormat: InputFormat = .auto,
        options: ParseOptions = ParseOptions()
    ) throws(ImportError) -> ParsedFile {
        let outcome = try read(
            path: path, file: file, inputFormat: inputFormat, options: options, into: CollectingSink())
        var parsed = ParsedFile(file: file ?? path, format: outcome.format, encoding: outcome.encoding)
        parsed.statements = outcome.sink.statements
        parsed.skipped = outcome.sink.skipped
        parsed.warnings = outcome.sink.warnings
        return parsed
    }

    private static func check(_ format: StatementFormat, against input: InputFormat, file: String) throws(ImportError) {
        let matches: Bool
        switch input {
        case .auto: matches = true
        case .csv: matches = format == .csv
        case .ofx: matches = format == .ofxSGML || format == .ofxXML
        case .camt: matches = format == .camt053 || format == .camt052 || format == .camt054
        case .qif: matches = format == .qif
        case .mt940: matches = format == .mt940
        }
        if !matches {
            throw ImportError(
                .unknownFormat, file: file,
                message: "--input-format \(input.rawValue) was given but the content is \(format.rawValue)")
        }
    }

    /// The encoding an XML declaration names, else UTF-8.
    private static func xmlEncoding(_ source: ByteSource) -> String {
        let head = String(decoding: source.prefix(200), as: UTF8.self)
        guard let range = head.range(of: "encoding=") else { return "utf-8" }
        let rest = head[range.upperBound...].dropFirst()
        return String(rest.prefix(while: { $0 != "\"" && $0 != "'" })).lowercased()
    }
}
