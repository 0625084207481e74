import Foundation
import GoalKit
import GoalKitStorage
import PostgresNIO

/// Named columns read as the records want them, each failure a `StoreError` naming the column.
extension PostgresRandomAccessRow {
    func decode<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws(StoreError) -> T {
        guard contains(column) else { throw StoreError(.io, "no column \(column) in the result") }
        do {
            return try self[column].decode(T.self)
        } catch {
            throw StoreError(.io, "stored \(column) does not read as \(T.self): \(error)")
        }
    }

    func int(_ column: String) throws(StoreError) -> Int64 { try decode(column) }
    func optionalInt(_ column: String) throws(StoreError) -> Int64? { try decode(column) }
    func text(_ column: String) throws(StoreError) -> String { try decode(column) }
    func optionalText(_ column: String) throws(StoreError) -> String? { try decode(column) }
    func bool(_ column: String) throws(StoreError) -> Bool { try decode(column) }
    func date(_ column: String) throws(StoreError) -> LocalDate { try decode(column) }
    func optionalDate(_ column: String) throws(StoreError) -> LocalDate? { try decode(column) }

    func currency(_ column: String) throws(StoreError) -> Currency {
        let code = try text(column)
        do { return try Currency(code: code) } catch { throw StoreError(.io, "stored \(column) '\(code)': \(error)") }
    }

    func money(_ column: String, currency: Currency) throws(StoreError) -> Money {
        Money(minorUnits: try int(column), currency: currency)
    }

    func choice<C: SchemaChoice>(_ column: String, as type: C.Type) throws(StoreError) -> C {
        let value = try text(column)
        do { return try C.parse(value) } catch { throw StoreError(.io, "stored \(column) '\(value)': \(error)") }
    }

    /// A `timestamptz` as the records write timestamps: UTC `YYYY-MM-DD HH:MM:SS.SSS`.
    func stamp(_ column: String) throws(StoreError) -> String? {
        guard let date: Date = try decode(column) else { return nil }
        return PostgresStamp.text(date)
    }
}
