public import GoalKit
import GoalKitAnalysis
import GoalKitStorage

extension GoalKitSession {
    /// A per-user setting `settings set` may change.
    public struct Setting: Sendable, Hashable {
        /// Its key in `user_settings`.
        public var key: String
        /// What it is for, in a line.
        public var help: String
        /// Its value when the person has not set one.
        public var defaultValue: String
        /// The values it takes.
        public var range: ClosedRange<Int>
    }

    /// The settings a person may change: months of median spending to keep in the accounts
    /// before `recommend` offers any cash as idle (0 to 120).
    public static let settings: [Setting] = [
        Setting(
            key: cashCushionKey,
            help: "Months of median spending kept in your accounts before recommend offers cash as idle",
            defaultValue: String(RecommendationInput.defaultCushionMonths), range: 0...120)
    ]

    /// Each setting with its value: the person's own, else the default (and whether it is that).
    /// - Throws: `ServiceError`.
    public func settingValues() throws(ServiceError) -> [(setting: Setting, value: String, isDefault: Bool)] {
        var result: [(setting: Setting, value: String, isDefault: Bool)] = []
        for setting in Self.settings {
            let own = try service { try store.userSetting(userID: userID, key: setting.key) }
            result.append((setting, own ?? setting.defaultValue, own == nil))
        }
        return result
    }

    /// Sets one of the person's settings.
    /// - Throws: `ServiceError` `.usage` for an unknown key or a value out of its range.
    public func setSetting(key: String, value: String) throws(ServiceError) {
        guard let setting = Self.settings.first(where: { $0.key == key }) else {
            throw ServiceError(
                .usage, "unknown setting '\(key)' (settings: \(Self.settings.map(\.key).joined(separator: ", ")))")
        }
        guard let number = Int(value), setting.range.contains(number) else {
            throw ServiceError(
                .usage,
                "\(key) '\(value)' must be a whole number from \(setting.range.lowerBound) to \(setting.range.upperBound)"
            )
        }
        try service { try store.setUserSetting(userID: userID, key: key, value: String(number)) }
    }

    /// The key of the months of median spending kept before cash counts as idle.
    static let cashCushionKey = "cash_cushion_months"

    /// Months of median spending to keep before cash counts as idle (`cash_cushion_months`).
    /// - Throws: `ServiceError`.
    func cashCushionMonths() throws(ServiceError) -> Int {
        let stored = try service { try store.userSetting(userID: userID, key: Self.cashCushionKey) }
        return stored.flatMap { Int($0) } ?? RecommendationInput.defaultCushionMonths
    }
}
