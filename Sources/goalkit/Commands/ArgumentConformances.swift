public import ArgumentParser
public import GoalKit
public import GoalKitImport

// Typed options: dates, months and the schema's choice lists read straight from arguments;
// a bad value is a usage error (exit 64) that lists what is allowed.

// Options read days and months through `CommandLineBounds` (its messages name the range);
// these conformances keep to the same 1900–2100 bounds for any other argument.

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) {
        guard let day = try? CommandLineBounds.day(argument) else { return nil }
        self = day
    }
    public static var defaultCompletionKind: CompletionKind { .default }
}

extension YearMonth: ExpressibleByArgument {
    public init?(argument: String) {
        guard let month = try? CommandLineBounds.month(argument) else { return nil }
        self = month
    }
}

extension GoalCategory: ExpressibleByArgument {}
extension GoalPriority: ExpressibleByArgument {}
extension ContributionSource: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
