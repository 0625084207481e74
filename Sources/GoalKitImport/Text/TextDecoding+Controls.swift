extension TextDecoding {
    /// The character a value keeps for a decoded one: control characters carry no text and must
    /// not reach a payee or memo. C0 controls (`&#0;`, `&#27;`) but tab, line feed and carriage
    /// return go, and so does DEL; C1 controls (`&#150;`) are read as the Windows-1252
    /// characters banks meant by them (`–`), as browsers do, or go when it has none.
    static func cleaned(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return scalar
        case 0x00..<0x20, 0x7F: return nil
        case 0x80..<0xA0:
            let mapped = cp1252High[Int(scalar.value - 0x80)]
            return mapped == 0xFFFD ? nil : Unicode.Scalar(mapped)
        default: return scalar
        }
    }

    /// The text without control characters (see `cleaned`); the same text, cheaply, when it
    /// has none (a byte scan: C0, DEL, and 0xC2, the lead byte of every C1 control).
    static func withoutControls(_ text: String) -> String {
        let suspicious = text.utf8.contains { byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xC2
        }
        guard suspicious else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let kept = cleaned(scalar) { scalars.append(kept) }
        }
        return String(scalars)
    }

    /// The character a numeric character reference (`#233`, `#xE9`, without `&` and `;`)
    /// stands for: "" when it is a control or no Unicode scalar (`#xD800`, `#1114112`), nil when
    /// the text is no numeric reference at all.
    static func numericReference(_ name: Substring) -> String? {
        guard name.first == "#" else { return nil }
        var digits = name.dropFirst()
        let hex = digits.first == "x" || digits.first == "X"
        if hex { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ hex ? $0.isHexDigit : ("0"..."9").contains($0) }) else {
            return nil
        }
        guard let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value),
            let kept = cleaned(scalar)
        else { return "" }
        return String(kept)
    }
}
