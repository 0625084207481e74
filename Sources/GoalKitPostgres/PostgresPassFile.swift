import Foundation

/// A `~/.pgpass` file: lines `host:port:database:username:password`, `*` matching anything,
/// `\:` and `\\` escaping, `#` starting a comment. As libpq does, the file is read only when
/// no one but its owner may read it (mode 0600 or stricter).
public struct PostgresPassFile: Sendable {
    /// One line: its five fields.
    public struct Entry: Sendable, Equatable {
        /// Host, port, database, username and password, unescaped (`*` kept as is).
        public var fields: [String]
    }

    /// The lines that read, in the file's order (the first match wins).
    public let entries: [Entry]

    /// Reads the text of a pass file.
    public init(text: String) {
        entries = text.split(whereSeparator: \.isNewline).compactMap { line in
            if line.hasPrefix("#") { return nil }
            let fields = PostgresPassFile.split(line)
            return fields.count == 5 ? Entry(fields: fields) : nil
        }
    }

    /// Reads a pass file from disk; nil when it is missing, unreadable or readable by others.
    public init?(path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let mode = attributes[.posixPermissions] as? Int, mode & 0o077 == 0,
            let data = FileManager.default.contents(atPath: path)
        else { return nil }
        self.init(text: String(decoding: data, as: UTF8.self))
    }

    /// The password of the first line matching a connection, if any.
    public func password(host: String, port: Int, database: String, username: String) -> String? {
        let wanted = [host, String(port), database, username]
        for entry in entries where zip(entry.fields, wanted).allSatisfy({ $0 == "*" || $0 == $1 }) {
            return entry.fields[4]
        }
        return nil
    }

    /// Splits a line at its unescaped colons, removing the escapes.
    private static func split(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
