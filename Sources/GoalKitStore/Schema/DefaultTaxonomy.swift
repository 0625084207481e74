import GRDB

/// The categories GoalKit ships (owner NULL): top-level groups that follow the US BLS
/// Consumer Expenditure components, each with the sub-categories people look for.
enum DefaultTaxonomy {
    /// (parent, kind, children)
    static let tree: [(String, String, [String])] = [
        ("Housing", "expense", ["Rent & Mortgage", "Utilities", "Home Maintenance", "Home Insurance"]),
        ("Food", "expense", ["Groceries", "Restaurants", "Coffee Shops", "Food Delivery"]),
        (
            "Transportation", "expense",
            [
                "Fuel", "Public Transit", "Rideshare & Taxi", "Parking & Tolls", "Car Payment", "Car Insurance",
                "Car Maintenance",
            ]
        ),
        ("Healthcare", "expense", ["Health Insurance", "Pharmacy", "Doctor & Dentist"]),
        ("Entertainment", "expense", ["Streaming & Subscriptions", "Events & Tickets", "Hobbies & Games", "Fitness"]),
        ("Shopping", "expense", ["Clothing", "Electronics & Software", "Household Goods", "Online Marketplaces"]),
        ("Personal Care", "expense", []),
        ("Education", "expense", ["Tuition", "Books & Courses"]),
        ("Travel", "expense", ["Flights", "Lodging", "Car Rental"]),
        ("Personal Insurance & Pensions", "expense", ["Life Insurance", "Retirement Contributions"]),
        ("Gifts & Donations", "expense", []),
        ("Fees & Charges", "expense", ["Bank Fees", "Interest Charges", "Late Fees"]),
        ("Taxes", "expense", []),
        ("Debt Payments", "expense", ["Loan Payments"]),
        ("Kids & Pets", "expense", ["Childcare", "Pet Care"]),
        ("Cash Withdrawals", "expense", []),
        ("Other Expenses", "expense", []),
        ("Income", "income", ["Salary", "Interest & Dividends", "Refunds", "Other Income"]),
        ("Transfers", "transfer", ["Savings Transfers", "Credit Card Payments", "Internal Transfers"]),
    ]

    static func seed(_ db: Database) throws {
        for (parent, kind, children) in tree {
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
