import Foundation
import GoalKit
public import GoalKitImport

/// What reading a batch's file again needs: the file's absolute path and the options it
/// was imported with, kept on the batch as JSON.
public struct ImportReplay: Codable, Sendable, Hashable {
    /// The file, absolute.
    public var path: String
    public var account: String?
    public var currency: String?
    public var inputFormat: String
    public var skipInvalid: Bool
    public var profile: CSVProfile?

    enum CodingKeys: String, CodingKey {
        case path, account, currency, profile
        case inputFormat = "input_format"
        case skipInvalid = "skip_invalid"
    }

    /// The replay of an import of `path` with `options`.
    public init(path: String, options: ImportOptions) {
        self.path = URL(fileURLWithPath: path).standardizedFileURL.path
        account = options.account
        currency = options.currency?.code
        inputFormat = options.inputFormat.rawValue
        skipInvalid = options.skipInvalid
        profile = options.profile
    }

    /// The options to import with again.
    public var options: ImportOptions {
        ImportOptions(
            account: account, currency: currency.flatMap { Currency.known[$0] },
            inputFormat: InputFormat(rawValue: inputFormat) ?? .auto, skipInvalid: skipInvalid, profile: profile)
    }

    /// As stored (sorted keys).
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Reads a stored replay.
    /// - Throws: a decoding error.
    public static func from(json: String) throws -> ImportReplay {
        try JSONDecoder().decode(ImportReplay.self, from: Data(json.utf8))
    }
}
