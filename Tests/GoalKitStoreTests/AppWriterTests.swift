import GRDB
import GoalKit
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Synchronization
import Testing

/// A store made over an app's own GRDB writer: migrated, and its changes seen by the app's
/// observation of the same writer.
struct AppWriterTests {
    @Test func anAppsObservationSeesWhatTheStoreWrites() throws {
        let queue = try DatabaseQueue()
        let store = try GoalKitStore(writer: queue)
        let user = try store.ensureUser(named: "ann")
        let seen = Mutex<[Int]>([])
        // A region observation is told on the writer's own queue as each change commits.
        let observer = DatabaseRegionObservation(tracking: Table("goals")).start(
            in: queue, onError: { Issue.record($0) },
            onChange: { db in
                let count = (try? Int.fetchOne(db, sql: "SELECT count(*) FROM goals")) ?? -1
                seen.withLock { $0.append(count) }
            })
        _ = try store.addGoal(
            Goal(
                userID: user.id!, name: "Car", targetAmount: Money(minorUnits: 500_000, currency: .usd),
                startDate: LocalDate(iso: "2024-01-01")!, category: .vehicle))
        observer.cancel()
        #expect(seen.withLock { $0 } == [1])
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM users") } == 1)
    }

    @Test func aWriterWithForeignKeysOffIsRefused() throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(configuration: configuration)
        do {
            _ = try GoalKitStore(writer: queue)
            Issue.record("accepted a writer with foreign keys off")
        } catch {
            #expect(error.kind == .io)
            #expect(error.message.contains("foreign keys"))
        }
    }
}
