/// Kinds of recurring service people often pay for twice without needing both: two gyms,
/// three cloud-storage plans, several video services a bundle or one plan would cover.
///
/// A charge's kind comes from whole words of its payee (never a word's inside), and for gyms
/// also from the Fitness category. The lists name common services and are not complete: a
/// service they miss is advised on its own, as before.
public enum ServiceKind: String, Sendable, Hashable, CaseIterable {
    case videoStreaming = "video streaming"
    case musicStreaming = "music streaming"
    case cloudStorage = "cloud storage"
    case gym = "gym and sports club"

    /// The kind in the plural, for a sentence: "2 video streaming services".
    public var plural: String {
        switch self {
        case .videoStreaming: "video streaming services"
        case .musicStreaming: "music streaming services"
        case .cloudStorage: "cloud storage plans"
        case .gym: "gym and sports club memberships"
        }
    }

    /// One of the kind, for a sentence: "a video streaming service".
    public var singular: String {
        switch self {
        case .videoStreaming: "a video streaming service"
        case .musicStreaming: "a music streaming service"
        case .cloudStorage: "a cloud storage plan"
        case .gym: "a gym or sports club membership"
        }
    }

    /// Payee words and phrases of each kind, compared word by word (`ExpenseFeatures.words`).
    static let phrases: [ServiceKind: [[String]]] = [
        .videoStreaming: [
            "netflix", "hulu", "disney plus", "disneyplus", "hbo max", "hbomax", "peacock", "paramount",
            "apple tv", "prime video", "youtube tv", "youtube premium", "espn plus", "espnplus", "crunchyroll",
            "sling tv", "fubotv", "starz", "showtime", "discovery plus", "britbox", "mubi", "dazn", "waipu", "joyn",
            "rtl plus", "canal plus", "now tv",
        ].map { ExpenseFeatures.words($0) },
        .musicStreaming: [
            "spotify", "apple music", "youtube music", "deezer", "pandora", "amazon music", "soundcloud",
            "qobuz",
        ].map { ExpenseFeatures.words($0) },
        .cloudStorage: [
            "icloud", "google one", "google storage", "dropbox", "onedrive", "pcloud", "backblaze", "idrive",
        ].map { ExpenseFeatures.words($0) },
        .gym: [
            "gym", "fitness", "equinox", "ymca", "orangetheory", "crossfit", "sportverein", "fitnessstudio", "mcfit",
            "basic fit", "virgin active", "david lloyd",
        ].map { ExpenseFeatures.words($0) },
    ]

    /// The kind of a recurring charge, from its payee's words, else a Fitness charge is a gym.
    public static func of(payee: String, category: String?) -> ServiceKind? {
        let words = ExpenseFeatures.words(payee)
        for kind in allCases where phrases[kind, default: []].contains(where: { contains($0, in: words) }) {
            return kind
        }
        return category?.lowercased() == "fitness" ? .gym : nil
    }

    /// Whether a phrase's words come one after another among a text's words.
    private static func contains(_ phrase: [String], in words: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }
}
