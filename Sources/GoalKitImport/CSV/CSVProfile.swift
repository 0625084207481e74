import Foundation
import GoalKit

/// A pinned CSV mapping for files the content cannot settle: each field, when set, overrides
/// what detection would decide. Columns are header names or 1-based numbers.
public struct CSVProfile: Codable, Sendable, Hashable {
    public var delimiter: String?
    /// Rows to skip before the header (or the first data row).
    public var skip: Int?
    /// Whether the first row after `skip` is a header.
    public var header: Bool?
    public var dateColumn: String?
    /// `ymd`, `dmy`, `mdy`, or a pattern such as `DD/MM/YYYY`.
    public var dateFormat: String?
    public var amountColumn: String?
    public var debitColumn: String?
    public var creditColumn: String?
    public var directionColumn: String?
    public var payeeColumn: String?
    public var memoColumn: String?
    public var balanceColumn: String?
    public var currencyColumn: String?
    public var accountColumn: String?
    public var categoryColumn: String?
    /// `.` or `,`.
    public var decimalMark: String?
    /// Flip every amount's sign (card exports that write charges positive).
    public var invert: Bool?
    /// The account of every line.
    public var account: String?
    /// The currency of every line.
    public var currency: String?

    /// An empty profile (detection decides everything).
    public init() {}

    enum CodingKeys: String, CodingKey {
        case delimiter, skip, header, invert, account, currency
        case dateColumn = "date_column"
        case dateFormat = "date_format"
        case amountColumn = "amount_column"
        case debitColumn = "debit_column"
        case creditColumn = "credit_column"
        case directionColumn = "direction_column"
        case payeeColumn = "payee_column"
        case memoColumn = "memo_column"
        case balanceColumn = "balance_column"
        case currencyColumn = "currency_column"
        case accountColumn = "account_column"
        case categoryColumn = "category_column"
        case decimalMark = "decimal_mark"
    }

    /// The date order a `dateFormat` names.
    public var dateOrder: CSVDateOrder? { dateFormat.flatMap(CSVProfile.order(of:)) }

    /// The date order a format names: `ymd`, `dmy`, `mdy`, or a pattern such as `DD/MM/YYYY`.
    public static func order(of format: String) -> CSVDateOrder? {
        let format = format.lowercased()
        if let order = CSVDateOrder(rawValue: format) { return order }
        let letters = format.filter { $0 == "d" || $0 == "m" || $0 == "y" }
        // A pattern names all three parts (`YYYY` alone says no order).
        guard letters.contains("d"), letters.contains("m"), letters.contains("y") else { return nil }
        if letters.hasPrefix("y") { return .ymd }
        if letters.hasPrefix("d") { return .dmy }
        if letters.hasPrefix("m") { return .mdy }
        return nil
    }

    /// The profile as JSON (sorted keys), as stored.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Reads a profile from JSON.
    /// - Throws: a decoding error.
    public static func from(json: String) throws -> CSVProfile {
        let data = Data(json.utf8)
        guard (try? JSONSerialization.jsonObject(with: data)) != nil else {
            throw ProfileJSONError(message: "not valid JSON")
        }
        guard let fields = try? JSONDecoder().decode([String: ProfileFieldValue].self, from: data) else {
            throw ProfileJSONError(message: "not a JSON object of profile fields")
        }
        let known = Set(Self.fieldNames)
        let unknown = fields.keys.filter { !known.contains($0) }.sorted()
        guard unknown.isEmpty else {
            throw ProfileJSONError(
                message: "unknown field(s) \(unknown.map { "'\($0)'" }.joined(separator: ", ")) (the fields are "
                    + Self.fieldNames.joined(separator: ", ") + ")")
        }
        for (field, value) in fields.sorted(by: { $0.key < $1.key }) {
            let kind =
                field == "skip" ? "a whole number" : field == "header" || field == "invert" ? "true or false" : "text"
            let fits: Bool
            switch (kind, value) {
            case (_, .null), ("a whole number", .whole), ("true or false", .truth), ("text", .text): fits = true
            default: fits = false
            }
            guard fits else { throw ProfileJSONError(message: "field '\(field)' must be \(kind)") }
        }
        do {
            return try JSONDecoder().decode(CSVProfile.self, from: data)
        } catch {
            throw ProfileJSONError(message: "not a CSV profile: \(error)")
        }
    }

    /// The JSON field names of a profile.
    public static var fieldNames: [String] {
        [
            "delimiter", "skip", "header", "date_column", "date_format", "amount_column", "debit_column",
            "credit_column", "direction_column", "payee_column", "memo_column", "balance_column", "currency_column",
            "account_column", "category_column", "decimal_mark", "invert", "account", "currency",
        ]
    }
}

/// The kind of a value in a profile's JSON, to name a field of the wrong kind.
enum ProfileFieldValue: Decodable {
    case null, truth, whole, fraction, text, other

    init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            self = .null
        } else if (try? value.decode(Bool.self)) != nil {
            self = .truth
        } else if (try? value.decode(Int.self)) != nil {
            self = .whole
        } else if (try? value.decode(Double.self)) != nil {
            self = .fraction
        } else if (try? value.decode(String.self)) != nil {
            self = .text
        } else {
            self = .other
        }
    }
}

/// Why a profile's JSON is not a profile: unknown fields, a value of the wrong kind.
public struct ProfileJSONError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
