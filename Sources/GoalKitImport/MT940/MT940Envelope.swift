/// Takes the SWIFT FIN envelope off MT940 lines, so the parser sees only the fields.
///
/// A FIN message is blocks in braces: `{1:F01BANKNL2AXXXX0000000000}` basic header,
/// `{2:O940...}` application header, `{3:{108:...}}` user header, `{4:` the text block (the
/// fields, one per line) closed by a line starting `-}`, then `{5:{CHK:...}}` trailers and
/// `{S:...}`. Banks put several messages in one file, block 4 opening on the line of
/// blocks 1–3 or on its own, and the trailer on the line of the next message's `{1:`.
/// Files without the envelope (the fields alone) separate their messages with a line
/// holding only `-` (or `$`); inside block 4 such a line is text.
struct MT940Envelope {
    /// What a line of the file holds.
    enum Piece: Equatable {
        /// Text of a message: a field or a continuation line.
        case text(String)
        /// The end of a text block (`-}`).
        case end
        /// A line holding only `-` or `$` outside any envelope: the end of a message, or the
        /// text of an open `:86:` field.
        case separator(String)
    }

    /// Whether the lines are inside a text block (`{4:` ... `-}`).
    private(set) var inTextBlock = false

    /// The pieces of one line of the file, in order.
    mutating func pieces(of line: String) -> [Piece] {
        var rest = Substring(line)
        var pieces: [Piece] = []
        if inTextBlock {
            let start = rest.drop { $0 == " " || $0 == "\t" }
            guard start.hasPrefix("-}") else { return [.text(line)] }
            pieces.append(.end)
            inTextBlock = false
            rest = start.dropFirst(2)
        }
        while true {
            let start = rest.drop { $0 == " " || $0 == "\t" }
            if start.isEmpty { return pieces }
            guard let id = MT940Envelope.blockID(start) else {
                let text = start == Substring(line) ? line : String(rest)
                let trimmed = text.trimmed
                pieces.append(trimmed == "-" || trimmed == "$" ? .separator(trimmed) : .text(text))
                return pieces
            }
            if id == "4" {
                inTextBlock = true
                let text = start.dropFirst(3)
                if !String(text).trimmed.isEmpty { pieces.append(.text(String(text))) }
                return pieces
            }
            rest = MT940Envelope.afterBlock(start)
        }
    }

    /// The id of the block `text` opens (`{1:` ... `{5:`, `{S:`), or nil when it opens none.
    static func blockID(_ text: Substring) -> Character? {
        let head = Array(text.prefix(3))
        guard head.count == 3, head[0] == "{", head[2] == ":", "12345S".contains(head[1]) else { return nil }
        return head[1]
    }

    /// What follows the block `text` opens, its nested braces included (nothing when it runs
    /// past the line).
    static func afterBlock(_ text: Substring) -> Substring {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "{" { depth += 1 }
            if text[index] == "}" {
                depth -= 1
                if depth == 0 { return text[text.index(after: index)...] }
            }
            index = text.index(after: index)
        }
        return text[text.endIndex...]
    }
}
