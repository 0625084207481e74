public import GoalKit
public import PostgresNIO

/// A calendar day as PostgreSQL's `date`: days since 2000-01-01, binary, never a time zone.
extension LocalDate: PostgresNonThrowingEncodable, PostgresDecodable {
    /// `date`.
    public static var psqlType: PostgresDataType { .date }
    /// Binary.
    public static var psqlFormat: PostgresFormat { .binary }

    /// PostgreSQL's day zero, 2000-01-01, in days since 1970-01-01.
    static let postgresEpoch = 10_957

    public func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        byteBuffer.writeInteger(Int32(daysSinceEpoch - LocalDate.postgresEpoch))
    }

    public init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        switch (type, format) {
        case (.date, .binary):
            guard buffer.readableBytes == 4, let days = buffer.readInteger(as: Int32.self),
                let date = LocalDate(daysSinceEpoch: Int(days) + LocalDate.postgresEpoch)
            else { throw PostgresDecodingError.Code.failure }
            self = date
        case (.date, .text):
            guard let text = buffer.readString(length: buffer.readableBytes), let date = LocalDate(iso: text) else {
                throw PostgresDecodingError.Code.failure
            }
            self = date
        default:
            throw PostgresDecodingError.Code.typeMismatch
        }
    }
}
