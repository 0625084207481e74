import Foundation

/// Merchant category codes (ISO 18245, as OFX `SIC`/`MCC` give them) and ISO 20022 bank
/// transaction codes mapped to categories.
public enum CodeMap {
    /// MCC ranges and codes, most specific first (descriptions from the greggles/mcc-codes list).
    static let merchantCodes: [(ClosedRange<Int>, String, String)] = [
        (5411...5411, "Groceries", "Grocery Stores, Supermarkets"), (5422...5422, "Groceries", "Meat Provisioners"),
        (5441...5499, "Groceries", "Candy, Dairy, Bakeries, Misc Food Stores"),
        (5812...5812, "Restaurants", "Eating Places, Restaurants"),
        (5813...5813, "Restaurants", "Bars, Taverns, Nightclubs"),
        (5814...5814, "Restaurants", "Fast Food Restaurants"),
        (5541...5542, "Fuel", "Service Stations, Automated Fuel Dispensers"),
        (4111...4112, "Public Transit", "Commuter Transport, Railways"),
        (4121...4121, "Rideshare & Taxi", "Taxicabs and Limousines"), (4131...4131, "Public Transit", "Bus Lines"),
        (7523...7523, "Parking & Tolls", "Parking Lots, Garages"),
        (4784...4784, "Parking & Tolls", "Tolls and Bridge Fees"),
        (3000...3350, "Flights", "Airlines"), (4511...4511, "Flights", "Airlines, Air Carriers"),
        (3351...3500, "Car Rental", "Car Rental"),
        (7512...7512, "Car Rental", "Automobile Rental"), (3501...3999, "Lodging", "Hotels, Motels, Resorts"),
        (7011...7011, "Lodging", "Hotels, Motels, Resorts"), (4722...4722, "Travel", "Travel Agencies"),
        (5912...5912, "Pharmacy", "Drug Stores and Pharmacies"), (8011...8099, "Doctor & Dentist", "Medical Services"),
        (4814...4816, "Utilities", "Telecommunication Services"), (4899...4900, "Utilities", "Cable, Utilities"),
        (5815...5818, "Streaming & Subscriptions", "Digital Goods"),
        (7832...7832, "Events & Tickets", "Motion Picture Theaters"),
        (7922...7922, "Events & Tickets", "Theatrical Producers, Ticket Agencies"),
        (7997...7997, "Fitness", "Clubs, Fitness"),
        (5651...5699, "Clothing", "Clothing Stores"),
        (5732...5734, "Electronics & Software", "Electronics, Software Stores"),
        (5942...5942, "Books & Courses", "Book Stores"), (8211...8299, "Tuition", "Schools and Educational Services"),
        (7230...7230, "Personal Care", "Beauty and Barber Shops"),
        (7298...7298, "Personal Care", "Health and Beauty Spas"),
        (6011...6011, "Cash Withdrawals", "Automated Cash Disbursements"),
        (6300...6300, "Life Insurance", "Insurance Sales"),
        (9311...9311, "Taxes", "Tax Payments"), (8398...8398, "Gifts & Donations", "Charitable Organizations"),
        (742...742, "Pet Care", "Veterinary Services"), (5995...5995, "Pet Care", "Pet Shops"),
        (5200...5261, "Home Maintenance", "Home Supply, Hardware, Garden"),
        (5300...5311, "Shopping", "Department and Discount Stores"),
        (5964...5969, "Online Marketplaces", "Direct Marketing"),
        (7538...7549, "Car Maintenance", "Automotive Service"),
    ]

    /// CAMT domain/family/sub-family codes that name a category.
    static let bankCodes: [(String, String, String)] = [
        ("CWDL", "Cash Withdrawals", "cash withdrawal"), ("CHRG", "Bank Fees", "charges"),
        ("FEES", "Bank Fees", "fees"), ("COMM", "Bank Fees", "commission"),
        ("INTR", "Interest & Dividends", "interest"), ("DVDN", "Interest & Dividends", "dividend"),
        ("SALA", "Salary", "salary"),
        ("TAXE", "Taxes", "taxes"), ("LDAS", "Loan Payments", "loan"),
    ]

    /// The category a code names, with the reason.
    public static func category(for code: String) -> (category: String, reason: String)? {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        if let number = Int(trimmed), trimmed.count == 4 || trimmed.count == 3 {
            for (range, category, description) in merchantCodes where range.contains(number) {
                return (category, "merchant category code \(trimmed) (\(description))")
            }
            return nil
        }
        let parts = trimmed.uppercased().split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        for (part, category, description) in bankCodes where parts.contains(part) {
            return (category, "bank transaction code \(trimmed) (\(description))")
        }
        return nil
    }
}
