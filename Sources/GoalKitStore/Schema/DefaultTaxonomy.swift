import GRDB
import GoalKit
import GoalKitStorage

/// Seeds the shipped categories (`ShippedCategories.tree`) into a new database.
enum DefaultTaxonomy {
    static func seed(_ db: Database) throws {
        for (parent, kind, children) in ShippedCategories.tree {
            try db.execute(sql: "INSERT INTO categories(name, kind) VALUES (?, ?)", arguments: [parent, kind])
            let parentID = db.lastInsertedRowID
            for child in children {
                try db.execute(
                    sql: "INSERT INTO categories(name, parent_id, kind) VALUES (?, ?, ?)",
                    arguments: [child, parentID, kind])
            }
        }
    }
}
