/// Turns the current element's name into a `CAMTTag`, cheaply: libxml2 hands out names from
/// its dictionary (one pointer per distinct name, alive as long as the reader), so each
/// distinct pointer is decoded once. The cache is bounded in case names come unshared.
final class CAMTTagLookup {
    private var known: [UnsafeRawPointer: CAMTTag] = [:]

    func tag(of reader: XMLStreamReader) -> CAMTTag {
        guard let name = reader.localNamePointer else { return .other }
        let key = UnsafeRawPointer(name)
        if let tag = known[key] { return tag }
        let text = String(cString: name)
        // A report's `Rpt` holds what a statement's `Stmt` does (account, balances, entries).
        let tag = text == "Rpt" ? .stmt : CAMTTag(rawValue: text) ?? .other
        if known.count >= 4_096 { known.removeAll(keepingCapacity: true) }
        known[key] = tag
        return tag
    }
}
