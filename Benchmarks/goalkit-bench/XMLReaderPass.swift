import CLibXML2

/// The reference for XML imports: a bare `xmlTextReaderRead` pass over a file, nothing else.
enum XMLReaderPass {
    static func run(_ path: String) -> Int {
        guard let reader = xmlReaderForFile(path, nil, Int32(XML_PARSE_NONET.rawValue)) else { return -1 }
        defer { xmlFreeTextReader(reader) }
        var nodes = 0
        while xmlTextReaderRead(reader) == 1 { nodes += 1 }
        return nodes
    }
}
