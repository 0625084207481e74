public import PostgresNIO

extension PostgresRandomAccessRow {
    /// The value of a column by position, decoded as a type (`Int64`, `String`, `Bool`,
    /// `LocalDate`, or an optional of one for a nullable column).
    /// - Throws: `PostgresLinkError` when the column's type or nullness does not fit.
    public func value<T: PostgresDecodable>(_ index: Int, as type: T.Type = T.self) throws(PostgresLinkError) -> T {
        do {
            return try self[index].decode(T.self)
        } catch {
            throw PostgresLinkError(
                sqlState: nil, message: "column \(index) does not read as \(T.self): \(error)", statement: nil)
        }
    }
}
