import CLibXML2
import Foundation

/// libxml2's streaming reader (`xmlTextReader`) over a file, with network access off, no
/// entity substitution and no DTD loading; its errors become `ImportError`s with line numbers.
final class XMLStreamReader {
    /// Node types of `xmlTextReaderNodeType`.
    enum Node: Int32 {
        case element = 1
        case text = 3
        case cdata = 4
        case entityReference = 5
        case processingInstruction = 7
        case documentType = 10
        case whitespace = 13
        case
            significantWhitespace = 14
        case endElement = 15
    }

    private let reader: xmlTextReaderPtr
    private let file: String
    private let errors = ErrorBox()
    private let progress: (@Sendable (Int, Int) -> Void)?
    private let size: Int
    private var nodes = 0

    /// Collects the first error libxml2 reports.
    final class ErrorBox {
        var message: String?
        var line: Int?
    }

    /// Opens a file for reading.
    /// - Throws: `ImportError` when libxml2 cannot open it.
    init(path: String, file: String, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(ImportError) {
        self.file = file
        self.progress = progress
        size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NOERROR.rawValue)
        guard let reader = xmlReaderForFile(path, nil, options) else {
            throw ImportError(.noInput, file: file, message: "libxml2 cannot open the file")
        }
        self.reader = reader
        let context = Unmanaged.passUnretained(errors).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { context, error in
                guard let context, let error else { return }
                let box = Unmanaged<XMLStreamReader.ErrorBox>.fromOpaque(context).takeUnretainedValue()
                guard box.message == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
                let text = error.pointee.message.map { String(cString: $0) } ?? "XML error"
                box.message = text.trimmingCharacters(in: .whitespacesAndNewlines)
                box.line = Int(error.pointee.line)
            }, context)
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// Moves to the next node; false at the end of the document.
    /// - Throws: `ImportError` `.malformed` with libxml2's message and line.
    func read() throws(ImportError) -> Bool {
        nodes &+= 1
        if nodes & 0xFFFF == 0, let progress { progress(bytesConsumed, size) }
        let result = xmlTextReaderRead(reader)
        if result == 1 && errors.message == nil { return true }
        if result == 0 && errors.message == nil { return false }
        let message = errors.message ?? "the XML cannot be read"
        throw ImportError(.malformed, file: file, line: errors.line ?? line, message: "not well-formed XML: \(message)")
    }

    /// Bytes of the file consumed so far.
    var bytesConsumed: Int { Int(xmlTextReaderByteConsumed(reader)) }

    /// The current node's type.
    var nodeType: Node? { Node(rawValue: xmlTextReaderNodeType(reader)) }

    /// The current node's local name (without a namespace prefix).
    var localName: String {
        guard let name = xmlTextReaderConstLocalName(reader) else { return "" }
        return String(cString: name)
    }

    /// The current node's local name as libxml2 keeps it (valid while the reader lives).
    var localNamePointer: UnsafePointer<UInt8>? { xmlTextReaderConstLocalName(reader) }

    /// The current node's text value.
    var value: String {
        guard let text = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: text)
    }

    /// Whether the current element is written `<x/>`.
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The line of the current node.
    var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// The value of an attribute of the current element.
    func attribute(_ name: String) -> String? {
        guard xmlTextReaderMoveToAttribute(reader, name) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return xmlTextReaderConstValue(reader).map { String(cString: $0) }
    }
}
