/// The categories GoalKit ships (owner NULL): top-level groups that follow the US BLS
/// Consumer Expenditure components, each with the sub-categories people look for.
public enum ShippedCategories {
    /// (parent, kind, children)
    public static let tree: [(String, String, [String])] = [
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

    /// Other names files give the shipped categories (a bank's or another app's category
    /// column), by category: a file label matching a category's name or one of these is that
    /// category, with its kind. Compared as `CategoryLabel.key` compares them (case, spacing,
    /// punctuation and `&`/"and" aside); no name or synonym may stand for two categories, and
    /// a word that could mean spending or income (`Other`, `Interest`) is left out, so such a
    /// label takes its kind from its lines.
    public static let synonyms: [String: [String]] = [
        "Housing": ["Home", "Home Expenses"],
        "Rent & Mortgage": ["Rent", "Mortgage", "Housing Payment", "Mortgage Payment"],
        "Utilities": ["Utility", "Bills & Utilities", "Electricity", "Electric", "Water", "Internet", "Phone"],
        "Home Maintenance": ["Home Improvement", "Repairs", "Maintenance"],
        "Home Insurance": ["Homeowners Insurance", "Renters Insurance", "Contents Insurance"],
        "Food": ["Food & Drink", "Food & Dining"],
        "Groceries": ["Grocery", "Supermarket", "Supermarkets", "Food Shopping"],
        "Restaurants": ["Restaurant", "Dining", "Dining Out", "Eating Out"],
        "Coffee Shops": ["Coffee", "Coffee Shop", "Cafe", "Cafes"],
        "Food Delivery": ["Delivery", "Takeaway", "Takeout"],
        "Transportation": ["Transport", "Auto & Transport"],
        "Fuel": ["Gas", "Gasoline", "Petrol", "Gas & Fuel", "Gas Station"],
        "Public Transit": ["Public Transport", "Transit"],
        "Rideshare & Taxi": ["Rideshare", "Ride Share", "Taxi", "Taxis"],
        "Parking & Tolls": ["Parking", "Tolls"],
        "Car Payment": ["Auto Payment", "Car Loan", "Auto Loan"],
        "Car Insurance": ["Auto Insurance", "Motor Insurance"],
        "Car Maintenance": ["Auto Maintenance", "Car Repair", "Auto Repair", "Service & Parts"],
        "Healthcare": ["Health", "Health Care", "Medical"],
        "Health Insurance": ["Medical Insurance"],
        "Pharmacy": ["Drugstore", "Chemist", "Prescriptions"],
        "Doctor & Dentist": ["Doctor", "Dentist", "Dental", "Physician"],
        "Entertainment": ["Leisure", "Recreation"],
        "Streaming & Subscriptions": ["Streaming", "Subscriptions", "Subscription"],
        "Events & Tickets": ["Events", "Tickets", "Concerts"],
        "Hobbies & Games": ["Hobbies", "Games", "Gaming"],
        "Fitness": ["Gym", "Sports"],
        "Shopping": ["Retail", "General Merchandise"],
        "Clothing": ["Clothes", "Apparel"],
        "Electronics & Software": ["Electronics", "Software"],
        "Household Goods": ["Household", "Home Goods", "Household Supplies"],
        "Online Marketplaces": ["Online Shopping", "Marketplace"],
        "Personal Care": ["Beauty", "Hair", "Haircut", "Toiletries"],
        "Education": ["School"],
        "Tuition": ["School Fees", "Tuition Fees"],
        "Books & Courses": ["Books", "Courses"],
        "Travel": ["Vacation", "Holiday", "Holidays"],
        "Flights": ["Airfare", "Air Travel", "Airlines"],
        "Lodging": ["Hotel", "Hotels", "Accommodation"],
        "Car Rental": ["Rental Car", "Car Hire"],
        "Personal Insurance & Pensions": ["Insurance"],
        "Life Insurance": [],
        "Retirement Contributions": ["Retirement", "Pension", "Pensions", "401k", "401(k)"],
        "Gifts & Donations": ["Gifts", "Gift", "Donations", "Charity"],
        "Fees & Charges": ["Fees", "Charges"],
        "Bank Fees": ["Bank Charges", "Service Charge", "ATM Fee"],
        "Interest Charges": ["Interest Charged", "Finance Charge"],
        "Late Fees": ["Late Fee", "Late Payment Fee"],
        "Taxes": ["Tax", "Income Tax", "Property Tax"],
        "Debt Payments": ["Debt", "Debt Repayment"],
        "Loan Payments": ["Loan", "Loan Repayment", "Student Loan"],
        "Childcare": ["Child Care", "Daycare"],
        "Pet Care": ["Pets", "Pet", "Vet"],
        "Cash Withdrawals": ["Cash", "Cash Withdrawal", "ATM", "ATM Withdrawal"],
        "Other Expenses": ["Other Expense", "Miscellaneous", "Misc"],
        "Income": ["Earnings"],
        "Salary": ["Salaries", "Payroll", "Wages", "Wage", "Paycheck"],
        "Interest & Dividends": ["Interest Income", "Interest Earned", "Dividends", "Dividend", "Investment Income"],
        "Refunds": ["Refund", "Reimbursement", "Reimbursements"],
        "Other Income": ["Miscellaneous Income", "Misc Income", "Bonus"],
        "Transfers": ["Transfer"],
        "Savings Transfers": ["Savings Transfer", "Savings", "Transfer to Savings"],
        "Credit Card Payments": ["Credit Card Payment", "Credit Card"],
        "Internal Transfers": ["Internal Transfer", "Account Transfer"],
    ]

    /// The shipped categories by the keys a file label may give them: each name and each of
    /// its synonyms, as `CategoryLabel.key` reads them.
    /// - Parameter shipped: the shipped categories as the database holds them (id, name).
    public static func labelIndex(_ shipped: [(id: Int64, name: String)]) -> [String: Int64] {
        var index: [String: Int64] = [:]
        // Names first: a name always means its own category.
        for (id, name) in shipped where index[CategoryLabel.key(name)] == nil { index[CategoryLabel.key(name)] = id }
        for (id, name) in shipped {
            for synonym in synonyms[name] ?? [] where index[CategoryLabel.key(synonym)] == nil {
                index[CategoryLabel.key(synonym)] = id
            }
        }
        index[""] = nil
        return index
    }
}
