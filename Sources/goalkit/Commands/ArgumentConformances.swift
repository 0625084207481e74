public import ArgumentParser
public import GoalKit
public import GoalKitImport

// Typed options: dates, months and the schema's choice lists read straight from arguments;
// a bad value is a usage error (exit 64) that lists what is allowed.

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}

extension YearMonth: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension GoalCategory: ExpressibleByArgument {}
extension GoalPriority: ExpressibleByArgument {}
extension ContributionSource: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
