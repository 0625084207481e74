import Foundation

/// OFX 2.x (XML, and QFX/QBO of that age) through libxml2's streaming reader, into the same
/// statement builder as OFX 1.x.
struct OFXXMLParser<Sink: StatementSink> {
    let path: String
    let file: String
    let options: ParseOptions

    /// Reads the whole file, then hands back the sink.
    func parse(sink: Sink) throws(ImportError) -> Sink {
        let reader = try XMLStreamReader(path: path, file: file, progress: options.progress)
        var builder = OFXStatementBuilder(sink: sink, file: file, options: options)
        builder.correctionTargets = OFXCorrectionScan.targets(path: path)
        var leaf: String?
        var leafLine = 0
        var value = ""
        while try reader.read() {
            switch reader.nodeType {
            case .element:
                let name = reader.localName.uppercased()
                if reader.isEmptyElement {
                    try builder.element(name, value: "", line: reader.line)
                } else if OFXAggregates.names.contains(name) {
                    leaf = nil
                    try builder.open(name, line: reader.line)
                } else {
                    leaf = name
                    leafLine = reader.line
                    value = ""
                }
            case .text, .cdata, .significantWhitespace:
                if leaf != nil { value += reader.value }
            case .processingInstruction:
                if reader.localName.uppercased() == "OFX",
                    let version = OFXHeaderVersion.declared(in: reader.value[...]),
                    let warning = OFXHeaderVersion.warning(version, line: reader.line)
                {
                    builder.sink.warning(warning)
                }
            case .endElement:
                let name = reader.localName.uppercased()
                if name == leaf {
                    // libxml2 has decoded character references: a control one must not stay.
                    try builder.leaf(name, TextDecoding.withoutControls(value.trimmed), line: leafLine)
                    leaf = nil
                } else {
                    try builder.close(name, line: reader.line)
                }
            default: break
            }
        }
        try builder.finishFile(line: reader.line)
        return builder.sink
    }
}
