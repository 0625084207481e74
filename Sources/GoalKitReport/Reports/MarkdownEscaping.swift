/// Text as inert Markdown (CommonMark with GitHub's extensions), shown as written on one line.
///
/// - Controls as `TextEscaping.visible` shows them (`\x1b`), line feeds as spaces.
/// - `<` and `>` as entities, and `&` where an entity could begin (a letter or `#` follows):
///   no HTML, no autolink in angle brackets, and `&amp;` written in a payee shows as `&amp;`.
/// - `\`, `[`, `]`, `|`, `*`, `_`, `` ` ``, `~` and `$` backslash-escaped: no links, images,
///   table cells, emphasis, code, strikethrough or math; `_` between two letters or digits
///   (`at_risk`) is left alone, as CommonMark never makes emphasis of it.
/// - Bare links defused while the text stays the same: the `:` of `://`, the `.` of `www.`
///   and every `@` are escaped, so GitHub's extended autolinks do not form.
enum MarkdownEscaping {
    static let escaped: Set<Unicode.Scalar> = ["\\", "[", "]", "|", "*", "_", "`", "~", "$", "@"]

    static func text(_ text: String) -> String {
        let scalars = Array(TextEscaping.visible(text).unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&" where startsEntity(scalars, index): out.append(contentsOf: "&amp;".unicodeScalars)
            case "_" where isIntraword(scalars, index): out.append(scalar)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case ":" where follows(scalars, index, "//"), "." where precededByWWW(scalars, index):
                out.append("\\")
                out.append(scalar)
            case _ where escaped.contains(scalar):
                out.append("\\")
                out.append(scalar)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether the `&` at `index` could begin an entity (`&amp;`, `&#60;`): a letter or `#`
    /// follows. A lone `&` (`Fees & Charges`) cannot and is left as it is.
    static func startsEntity(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index + 1 < scalars.count else { return false }
        let next = scalars[index + 1]
        return next == "#" || (next.isASCII && next.properties.isAlphabetic)
    }

    /// Whether the `_` at `index` stands between two letters or digits (`at_risk`), where
    /// CommonMark never opens or closes emphasis.
    static func isIntraword(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index > 0, index + 1 < scalars.count else { return false }
        func isWord(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
        return isWord(scalars[index - 1]) && isWord(scalars[index + 1])
    }

    /// Whether `text` follows position `index`.
    static func follows(_ scalars: [Unicode.Scalar], _ index: Int, _ text: String) -> Bool {
        let next = Array(text.unicodeScalars)
        guard index + next.count < scalars.count else { return false }
        return Array(scalars[(index + 1)...(index + next.count)]) == next
    }

    /// Whether the `.` at `index` ends `www` (any case).
    static func precededByWWW(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index >= 3 else { return false }
        return scalars[(index - 3)..<index].allSatisfy { $0 == "w" || $0 == "W" }
    }
}
