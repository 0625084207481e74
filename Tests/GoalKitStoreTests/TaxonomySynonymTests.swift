import Foundation
import GRDB
import GoalKit
import GoalKitStorage
import GoalKitTestSupport
import Testing

@testable import GoalKitStore

/// The synonyms of the shipped categories are data about the taxonomy: each belongs to a
/// shipped category, and no word stands for two.
@Suite struct TaxonomySynonymTests {
    static let names = ShippedCategories.tree.flatMap { [$0.0] + $0.2 }

    @Test func everySynonymBelongsToAShippedCategory() {
        for name in ShippedCategories.synonyms.keys { #expect(Self.names.contains(name), "\(name)") }
    }

    @Test func noNameOrSynonymStandsForTwoCategories() {
        var owner: [String: String] = [:]
        for name in Self.names {
            for label in [name] + (ShippedCategories.synonyms[name] ?? []) {
                let key = CategoryLabel.key(label)
                #expect(!key.isEmpty, "\(label)")
                if let other = owner[key], other != name {
                    Issue.record("'\(label)' stands for \(other) and \(name)")
                }
                owner[key] = name
            }
        }
    }

    @Test func theIndexFindsEveryNameAndSynonymInTheDatabase() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let store = try GoalKitStore(path: dir.file("db.sqlite"))
        let shipped = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM categories WHERE user_id IS NULL").map {
                (id: $0["id"] as Int64, name: $0["name"] as String)
            }
        }
        let index = ShippedCategories.labelIndex(shipped)
        let idOf = Dictionary(uniqueKeysWithValues: shipped.map { ($0.name, $0.id) })
        #expect(shipped.count == Self.names.count)
        for name in Self.names {
            for label in [name] + (ShippedCategories.synonyms[name] ?? []) {
                #expect(index[CategoryLabel.key(label)] == idOf[name], "\(label) → \(name)")
            }
        }
    }
}
