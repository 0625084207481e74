import Foundation
import GoalKit
import GoalKitImport
import GoalKitTestSupport
import Testing

/// Profiles and files that used to trap, allocate exabytes or hang.
@Suite struct HostileProfileTests {
    static func profile(_ change: (inout CSVProfile) -> Void) -> CSVProfile {
        var profile = CSVProfile()
        change(&profile)
        return profile
    }

    @Test(arguments: [
        (profile { $0.skip = -1 }, "skip"),
        (profile { $0.skip = Int.max }, "skip"),
        (profile { $0.amountColumn = "9223372036854775807" }, "amount_column"),
        (profile { $0.dateColumn = "0" }, "date_column"),
        (profile { $0.dateFormat = "YYYY" }, "date_format"),
        (profile { $0.decimalMark = "x" }, "decimal_mark"),
        (profile { $0.currency = "ZZZ" }, "currency"),
        (profile { $0.delimiter = "\u{0}" }, "delimiter"),
        (profile { $0.delimiter = "\n" }, "delimiter"),
        (profile { $0.delimiter = "\"" }, "delimiter"),
        (profile { $0.delimiter = ";;" }, "delimiter"),
    ])
    func aProfileThatCannotBeUsedIsRefusedNamingTheField(profile: CSVProfile, field: String) throws {
        #expect(profile.problems.contains { $0.hasPrefix(field + ":") })
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.write("a.csv", "Date,Payee,Amount\n2024-01-05,A,-1.00\n")
        #expect {
            _ = try StatementReader.inspect(path: path, options: ParseOptions(profile: profile))
        } throws: { error in
            (error as? ImportError)?.message.contains(field + ":") == true
        }
    }

    @Test func aUsableProfileHasNoProblems() {
        #expect(
            Self.profile {
                $0.delimiter = "tab"
                $0.skip = 2
                $0.dateFormat = "DD/MM/YYYY"
            }.problems.isEmpty)
    }

    /// A FIFO (or any file that is not regular) is refused at once instead of hanging the read.
    @Test func aPipeIsRefusedNotWaitedOn() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("statement.ofx")
        #expect(mkfifo(path, 0o600) == 0)
        #expect {
            _ = try StatementReader.inspect(path: path)
        } throws: { error in
            (error as? ImportError)?.message.contains("not a regular file") == true
        }
    }

    /// A profile whose settings read nothing refuses the file instead of importing it as empty.
    @Test(arguments: [
        (profile { $0.delimiter = ";" }, "no row reads as a transaction"),
        (profile { $0.skip = 1000 }, "no row reads as a transaction"),
    ])
    func aProfileThatReadsNothingIsRefused(profile: CSVProfile, says: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.write("a.csv", "Date,Payee,Amount\n2024-01-05,A,-1.00\n2024-01-06,B,-2.00\n")
        #expect {
            _ = try StatementReader.inspect(path: path, options: ParseOptions(profile: profile))
        } throws: { error in
            (error as? ImportError)?.message.contains(says) == true
        }
    }

    /// Unknown fields and values of the wrong kind in a profile's JSON are named.
    @Test(arguments: [
        ("{\"skp\": 2}", "unknown field(s) 'skp'"), ("{\"skip\": 1.5}", "field 'skip' must be a whole number"),
        ("[1]", "not a JSON object"), ("{", "not valid JSON"),
    ])
    func aProfilesJSONIsReadStrictly(json: String, says: String) throws {
        #expect {
            _ = try CSVProfile.from(json: json)
        } throws: { error in
            "\(error)".contains(says)
        }
    }
}
