import Foundation
import GoalKit

/// The command line that carries out a recommendation step's action, as `recommend` prints
/// it under the step (an app shows a button instead).
enum ActionCommandLine {
    /// The command for an action of the recommendation with this id.
    /// - Parameter goalAccount: the account the goal is linked to, if any: money moved there
    ///   from another account is recorded by the import of its statement (the transfer), so
    ///   the command marks the recommendation implemented instead of recording it twice.
    static func command(_ action: RecommendationAction, recommendationID: Int64, goalAccount: String? = nil) -> String {
        switch action {
        case .contribute(let goalID, let amount, let monthly):
            "goalkit goal contribute \(goalID) \(amount.decimalString) --source direct"
                + (monthly ? "   # each month" : "")
        case .setBudget(let category, let limit, let from):
            "goalkit budget add --month \(from) --limit \(quoted("\(category)=\(limit.decimalString)"))"
        case .cancel:
            "goalkit recommendation implement \(recommendationID)   # once cancelled"
        case .moveBalance(let account, let goalID, let amount):
            if let goalAccount, goalAccount != account {
                "goalkit recommendation implement \(recommendationID)   # once moved: importing \(goalAccount)'s statement records it"
            } else {
                "goalkit goal contribute \(goalID) \(amount.decimalString) --source savings --notes "
                    + quoted("moved from \(account)")
            }
        case .changeTargetDate(let goalID, let date): "goalkit goal update \(goalID) --by \(date)"
        case .review(let category): "goalkit expenses list --category \(quoted(category))"
        }
    }

    /// A word the shell reads as it is: in single quotes when it holds anything but letters,
    /// digits and `-_./=:,`.
    static func quoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy {
            ($0.value < 128 && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
                || "-_./=:,".unicodeScalars.contains($0)
        }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
