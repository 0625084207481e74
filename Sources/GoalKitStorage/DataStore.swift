/// A GoalKit database as the service sees it: every repository of the seam. The SQLite store
/// (`GoalKitStore`) and the PostgreSQL store conform; the service names no concrete store.
///
/// Calls are synchronous and block: each is one transaction. A server calls them off its
/// event loops (on a thread pool), as it does any blocking work.
public protocol DataStore:
    BalanceRepository, BudgetRepository, CategorizationRepository, ContributionRepository, ExpenseRepository,
    GoalRepository, ImportRepository, MaintenanceRepository, ProfileRepository, RateRepository,
    RecommendationRepository, RecurringRepository, SettingRepository, TransferRepository, UserRepository, Sendable
{}
