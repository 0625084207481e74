import ArgumentParser
import GoalKitReport
import GoalKitService

/// `goalkit settings list|set`: the person's own settings.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings", abstract: "Your settings (per user), such as the cash cushion.",
        subcommands: [List.self, SetValue.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the settings with their values.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption

        func run() throws {
            try reportingErrors {
                let values = try global.session(.read).settingValues()
                emit(
                    Listing(
                        columns: ["key", "value", "is_default", "description"],
                        rows: values.map {
                            [.text($0.setting.key), .text($0.value), .bool($0.isDefault), .text($0.setting.help)]
                        }),
                    output.format)
            }
        }
    }

    struct SetValue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Change a setting.",
            discussion: "Example: goalkit settings set cash_cushion_months 6")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The setting's key.") var key: String
        @Argument(help: "Its new value.") var value: String

        func run() throws {
            try reportingErrors {
                try global.session(.write).setSetting(key: key, value: value)
                print("Set \(key) to \(value)")
            }
        }
    }
}
