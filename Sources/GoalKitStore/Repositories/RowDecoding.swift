import GRDB
import GoalKit
import GoalKitStorage

/// Reading domain values out of rows; a bad stored value is a `StoreError`, never a crash.
extension Row {
    func currency(_ column: String) throws -> Currency {
        let code: String = self[column]
        return try Currency(code: code)
    }

    func money(_ column: String, currency: Currency) -> Money {
        Money(minorUnits: self[column], currency: currency)
    }

    func date(_ column: String) throws -> LocalDate {
        let text: String = self[column]
        guard let date = LocalDate(iso: text) else { throw StoreError(.io, "stored \(column) '\(text)' is not a date") }
        return date
    }

    func optionalDate(_ column: String) throws -> LocalDate? {
        guard let text: String = self[column] else { return nil }
        guard let date = LocalDate(iso: text) else { throw StoreError(.io, "stored \(column) '\(text)' is not a date") }
        return date
    }

    func choice<C: SchemaChoice>(_ column: String, as type: C.Type) throws -> C {
        let text: String = self[column]
        return try C.parse(text)
    }
}
