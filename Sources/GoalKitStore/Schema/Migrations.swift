import GRDB
import GoalKit
import GoalKitStorage

/// The named migrations, registered in the schema's order: the existing tables first
/// (users, categories, budgets, expenses), then goals, goal contributions, recommendations
/// and recommendation feedback, then what later features add.
enum Migrations {
    /// Every migration, by name, in the order it is applied. A new one goes last ("v13 …").
    static let all: [(name: String, body: @Sendable (Database) throws -> Void)] = [
        ("v1 users", users),
        ("v1 categories", categories),
        ("v1 budgets", budgets),
        ("v1 expenses", expenses),
        ("v2 goals", goals),
        ("v2 goal_contributions", goalContributions),
        ("v2 recommendations", recommendations),
        ("v2 recommendation_feedback", recommendationFeedback),
        ("v3 settings", settings),
        ("v4 account_balances", accountBalances),
        ("v5 csv_profiles", csvProfiles),
        ("v6 categorization", categorization),
        ("v7 transfers", transfers),
        ("v8 recommendation_tracking", recommendationTracking),
        ("v9 day-first content keys", dayFirstContentKeys),
        ("v10 expense indexes", expenseIndexes),
        ("v11 import replay and original amounts", importReplay),
        ("v12 line sightings and corrections", sightingsAndCorrections),
        ("v13 figures as of their day", figuresAsOf),
        ("v14 goals counting their account's balance", goalBalances),
    ]

    /// GRDB's migrator over the same list (its bookkeeping table, `grdb_migrations`, is the one
    /// `migrate(_:)` keeps).
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in all { migrator.registerMigration(migration.name, migrate: migration.body) }
        return migrator
    }

    typealias F = SQLFragments

    static func users(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE users (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 150),
                    email TEXT CHECK (email IS NULL OR length(email) <= 254),
                    password TEXT NOT NULL CHECK (length(password) > 0),
                    is_active INTEGER NOT NULL DEFAULT 1 CHECK \(F.boolean("is_active")),
                    created_at TEXT NOT NULL DEFAULT \(F.now)
                )
                """)
    }

    static func categories(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE categories (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
                    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
                    parent_id INTEGER REFERENCES categories(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK \(F.choice("kind", CategoryKind.allCases.map(\.rawValue))),
                    created_at TEXT NOT NULL DEFAULT \(F.now)
                );
                CREATE UNIQUE INDEX categories_owner_name ON categories(ifnull(user_id, 0), name COLLATE NOCASE);
                CREATE INDEX categories_parent ON categories(parent_id);
                CREATE INDEX categories_user ON categories(user_id);
                """)
        try DefaultTaxonomy.seed(db)
    }

    static func budgets(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE budgets (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
                    start_date TEXT NOT NULL CHECK (\(F.date("start_date"))),
                    end_date TEXT NOT NULL CHECK (\(F.date("end_date")) AND end_date >= start_date),
                    currency TEXT NOT NULL CHECK (\(F.currency("currency"))),
                    created_at TEXT NOT NULL DEFAULT \(F.now),
                    updated_at TEXT NOT NULL DEFAULT \(F.now)
                );
                CREATE INDEX budgets_user_period ON budgets(user_id, start_date, end_date);
                CREATE TABLE budget_limits (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    budget_id INTEGER NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
                    category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
                    amount INTEGER NOT NULL CHECK (\(F.money("amount", "> 0"))),
                    UNIQUE (budget_id, category_id)
                );
                CREATE INDEX budget_limits_category ON budget_limits(category_id);
                """)
        try db.execute(sql: F.touchTrigger("budgets"))
    }

    static func expenses(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE import_batches (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    file_name TEXT NOT NULL,
                    format TEXT NOT NULL,
                    lines_added INTEGER NOT NULL DEFAULT 0 CHECK (lines_added >= 0),
                    duplicates INTEGER NOT NULL DEFAULT 0 CHECK (duplicates >= 0),
                    skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped >= 0),
                    warnings INTEGER NOT NULL DEFAULT 0 CHECK (warnings >= 0),
                    created_at TEXT NOT NULL DEFAULT \(F.now)
                );
                CREATE INDEX import_batches_user ON import_batches(user_id);
                CREATE TABLE expenses (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    budget_id INTEGER NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
                    name TEXT NOT NULL CHECK (length(name) <= 100),
                    amount INTEGER NOT NULL CHECK (\(F.money("amount"))),
                    currency TEXT NOT NULL CHECK (\(F.currency("currency"))),
                    date TEXT NOT NULL CHECK (\(F.date("date"))),
                    category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
                    account TEXT NOT NULL CHECK (length(account) >= 1),
                    payee_raw TEXT NOT NULL DEFAULT '',
                    memo TEXT NOT NULL DEFAULT '',
                    amount_text TEXT NOT NULL,
                    bank_transaction_id TEXT,
                    transaction_type TEXT,
                    dedup_key TEXT NOT NULL,
                    import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE CASCADE,
                    created_at TEXT NOT NULL DEFAULT \(F.now)
                );
                CREATE INDEX expenses_budget ON expenses(budget_id);
                CREATE INDEX expenses_user_date ON expenses(user_id, date);
                CREATE INDEX expenses_category ON expenses(category_id);
                CREATE INDEX expenses_user_account ON expenses(user_id, account, date);
                CREATE INDEX expenses_batch ON expenses(import_batch_id);
                CREATE UNIQUE INDEX expenses_dedup ON expenses(user_id, account, dedup_key);
                """)
    }

    static func goals(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE goals (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    name TEXT NOT NULL CHECK (length(name) <= 100 AND length(trim(name)) > 0),
                    description TEXT NOT NULL DEFAULT '',
                    target_amount INTEGER NOT NULL CHECK (\(F.money("target_amount", "> 0"))),
                    current_amount INTEGER NOT NULL DEFAULT 0 CHECK (\(F.money("current_amount", ">= 0"))),
                    currency TEXT NOT NULL CHECK (\(F.currency("currency"))),
                    start_date TEXT NOT NULL CHECK (\(F.date("start_date"))),
                    target_date TEXT CHECK (target_date IS NULL OR (\(F.date("target_date")) AND target_date >= start_date)),
                    category TEXT NOT NULL CHECK \(F.choice("category", GoalCategory.allCases.map(\.rawValue))),
                    priority TEXT NOT NULL DEFAULT 'medium' CHECK \(F.choice("priority", GoalPriority.allCases.map(\.rawValue))),
                    is_active INTEGER NOT NULL DEFAULT 1 CHECK \(F.boolean("is_active")),
                    created_at TEXT NOT NULL DEFAULT \(F.now),
                    updated_at TEXT NOT NULL DEFAULT \(F.now)
                );
                CREATE INDEX goals_user ON goals(user_id);
                CREATE INDEX goals_category ON goals(category);
                CREATE INDEX goals_is_active ON goals(is_active);
                """)
        try db.execute(sql: F.touchTrigger("goals"))
    }

    /// Contributions keep `goals.current_amount` equal to their sum through triggers, so the
    /// two move in the same transaction whoever writes: GoalKit or an app on the same schema.
    static func goalContributions(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE goal_contributions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
                    amount INTEGER NOT NULL CHECK (\(F.money("amount", "> 0"))),
                    date TEXT NOT NULL CHECK (\(F.date("date"))),
                    source TEXT NOT NULL CHECK \(F.choice("source", ContributionSource.allCases.map(\.rawValue))),
                    notes TEXT NOT NULL DEFAULT '',
                    created_at TEXT NOT NULL DEFAULT \(F.now)
                );
                CREATE INDEX goal_contributions_goal ON goal_contributions(goal_id);
                CREATE INDEX goal_contributions_date ON goal_contributions(date);
                CREATE TRIGGER goal_contributions_after_insert AFTER INSERT ON goal_contributions
                BEGIN
                    UPDATE goals SET current_amount = current_amount + NEW.amount WHERE id = NEW.goal_id;
                END;
                CREATE TRIGGER goal_contributions_after_delete AFTER DELETE ON goal_contributions
                BEGIN
                    UPDATE goals SET current_amount = current_amount - OLD.amount WHERE id = OLD.goal_id;
                END;
                CREATE TRIGGER goal_contributions_after_update AFTER UPDATE OF amount, goal_id ON goal_contributions
                BEGIN
                    UPDATE goals SET current_amount = current_amount - OLD.amount WHERE id = OLD.goal_id;
                    UPDATE goals SET current_amount = current_amount + NEW.amount WHERE id = NEW.goal_id;
                END;
                """)
    }

    static func recommendations(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE recommendations (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
                    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
                    description TEXT NOT NULL CHECK (length(description) > 0),
                    category TEXT NOT NULL CHECK (length(category) BETWEEN 1 AND 50),
                    potential_impact INTEGER NOT NULL CHECK (\(F.money("potential_impact"))),
                    difficulty_level TEXT NOT NULL CHECK \(F.choice("difficulty_level", DifficultyLevel.allCases.map(\.rawValue))),
                    implementation_steps TEXT DEFAULT '[]'
                        CHECK (implementation_steps IS NULL OR (json_valid(implementation_steps) AND json_type(implementation_steps) = 'array')),
                    is_implemented INTEGER NOT NULL DEFAULT 0 CHECK \(F.boolean("is_implemented")),
                    user_feedback INTEGER CHECK (user_feedback IS NULL OR (typeof(user_feedback) = 'integer' AND user_feedback BETWEEN 1 AND 5)),
                    created_at TEXT NOT NULL DEFAULT \(F.now)
                );
                CREATE INDEX recommendations_goal ON recommendations(goal_id);
                CREATE INDEX recommendations_category ON recommendations(category);
                CREATE INDEX recommendations_is_implemented ON recommendations(is_implemented);
                """)
    }

    static func recommendationFeedback(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE recommendation_feedback (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
                    was_helpful INTEGER NOT NULL CHECK \(F.boolean("was_helpful")),
                    rating INTEGER NOT NULL CHECK (typeof(rating) = 'integer' AND rating BETWEEN 1 AND 5),
                    comments TEXT NOT NULL DEFAULT '',
                    created_at TEXT NOT NULL DEFAULT \(F.now)
                );
                CREATE INDEX recommendation_feedback_recommendation ON recommendation_feedback(recommendation_id);
                """)
    }

    static func settings(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE settings (
                    key TEXT PRIMARY KEY CHECK (length(key) > 0),
                    value TEXT NOT NULL
                );
                INSERT INTO settings(key, value) VALUES ('home_currency', 'USD');
                """)
    }

    /// Ledger balances statements gave, so a later statement of the same account can be checked
    /// (opening balance + lines = closing balance).
    static func accountBalances(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE account_balances (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    account TEXT NOT NULL CHECK (length(account) >= 1),
                    date TEXT NOT NULL CHECK (\(F.date("date"))),
                    amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer'),
                    currency TEXT NOT NULL CHECK (\(F.currency("currency"))),
                    import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE CASCADE
                );
                CREATE INDEX account_balances_account ON account_balances(user_id, account, date);
                """)
    }

    /// Pinned CSV mappings (`goalkit profile add`), as JSON.
    static func csvProfiles(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE csv_profiles (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
                    settings TEXT NOT NULL CHECK (json_valid(settings) AND json_type(settings) = 'object'),
                    created_at TEXT NOT NULL DEFAULT \(F.now),
                    UNIQUE (user_id, name)
                )
                """)
    }

    /// Where each expense's category came from and why, the bank's merchant code, the person's
    /// rules, and the model learned from their labels.
    static func categorization(_ db: Database) throws {
        let sources = ["user", "file", "rule", "merchant", "code", "model"]
        try db.execute(
            sql: """
                ALTER TABLE expenses ADD COLUMN category_source TEXT
                    CHECK (category_source IS NULL OR \(F.choice("category_source", sources)));
                ALTER TABLE expenses ADD COLUMN category_detail TEXT;
                ALTER TABLE expenses ADD COLUMN merchant_code TEXT;
                CREATE TABLE categorization_rules (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    pattern TEXT NOT NULL CHECK (length(pattern) BETWEEN 1 AND 500),
                    category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
                    min_amount INTEGER CHECK (min_amount IS NULL OR \(F.money("min_amount", ">= 0"))),
                    max_amount INTEGER CHECK (max_amount IS NULL OR \(F.money("max_amount", ">= 0"))),
                    account TEXT,
                    created_at TEXT NOT NULL DEFAULT \(F.now)
                );
                CREATE INDEX categorization_rules_user ON categorization_rules(user_id, position);
                CREATE TABLE category_models (
                    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
                    fingerprint TEXT NOT NULL,
                    model TEXT NOT NULL CHECK (json_valid(model)),
                    trained_at TEXT NOT NULL DEFAULT \(F.now)
                );
                """)
    }

    /// Movements between own accounts, goals linked to an account, and contributions recorded
    /// from a transfer (once per expense).
    static func transfers(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE expenses ADD COLUMN is_transfer INTEGER NOT NULL DEFAULT 0 CHECK \(F.boolean("is_transfer"));
                ALTER TABLE expenses ADD COLUMN transfer_expense_id INTEGER REFERENCES expenses(id) ON DELETE SET NULL;
                ALTER TABLE goals ADD COLUMN account TEXT;
                ALTER TABLE goal_contributions ADD COLUMN expense_id INTEGER REFERENCES expenses(id) ON DELETE CASCADE;
                CREATE UNIQUE INDEX goal_contributions_expense ON goal_contributions(expense_id) WHERE expense_id IS NOT NULL;
                """)
    }

    /// What the recommender needs beside the schema's columns: the type, the subject key that
    /// keeps re-runs from duplicating, the evidence, the status and its dates, the follow-up.
    static func recommendationTracking(_ db: Database) throws {
        let statuses = ["open", "implemented", "dismissed"]
        try db.execute(
            sql: """
                ALTER TABLE recommendations ADD COLUMN type TEXT;
                ALTER TABLE recommendations ADD COLUMN subject_key TEXT;
                ALTER TABLE recommendations ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]'
                    CHECK (json_valid(evidence) AND json_type(evidence) = 'array');
                ALTER TABLE recommendations ADD COLUMN status TEXT NOT NULL DEFAULT 'open' CHECK \(F.choice("status", statuses));
                ALTER TABLE recommendations ADD COLUMN closes_gap INTEGER NOT NULL DEFAULT 0 CHECK \(F.boolean("closes_gap"));
                ALTER TABLE recommendations ADD COLUMN rank INTEGER;
                ALTER TABLE recommendations ADD COLUMN status_changed_at TEXT;
                ALTER TABLE recommendations ADD COLUMN measured_impact INTEGER;
                ALTER TABLE recommendations ADD COLUMN followed_up_at TEXT;
                CREATE INDEX recommendations_subject ON recommendations(goal_id, subject_key, status);
                """)
    }

    /// Content keys become `c:<day>:<hash>:<n>` (they were `c:<hash>:<n>`), so an import's keys
    /// arrive in order; the hash already holds the day, so nothing else changes.
    static func dayFirstContentKeys(_ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE expenses SET dedup_key = 'c:' || date || ':' || substr(dedup_key, 3)
                WHERE dedup_key GLOB 'c:[0-9a-f]*' AND dedup_key NOT GLOB 'c:[0-9][0-9][0-9][0-9]-*'
                """)
    }

    /// The index deleting expenses needs, and not the ones nothing reads: removing a line looks
    /// up the lines that point at it as their transfer's other side (without this index,
    /// undoing an import of 100,000 lines scanned the table once per line: minutes); category
    /// and batch deletions are rare and scan instead, so imports maintain two indexes fewer.
    static func expenseIndexes(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX expenses_transfer ON expenses(transfer_expense_id) WHERE transfer_expense_id IS NOT NULL;
                DROP INDEX expenses_category;
                DROP INDEX expenses_batch;
                """)
    }

    /// What reading a batch's file again needs (the options it was imported with, the file's
    /// absolute path), and a line's amount as its file wrote it in another currency, with the
    /// rate it was converted at.
    static func importReplay(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE import_batches ADD COLUMN options TEXT
                    CHECK (options IS NULL OR (json_valid(options) AND json_type(options) = 'object'));
                ALTER TABLE expenses ADD COLUMN original_amount INTEGER
                    CHECK (original_amount IS NULL OR typeof(original_amount) = 'integer');
                ALTER TABLE expenses ADD COLUMN original_currency TEXT
                    CHECK (original_currency IS NULL OR \(F.currency("original_currency")));
                ALTER TABLE expenses ADD COLUMN exchange_rate TEXT
                    CHECK (exchange_rate IS NULL OR length(exchange_rate) BETWEEN 1 AND 40);
                """)
    }

    /// Every later batch a line was seen in (undoing the batch that added it passes the line to
    /// the next one instead of deleting what a later file still holds), and the bank ids a
    /// correction replaced or deleted (so importing the corrected file again does not bring
    /// them back).
    static func sightingsAndCorrections(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE expense_sightings (
                    expense_id INTEGER NOT NULL REFERENCES expenses(id) ON DELETE CASCADE,
                    import_batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
                    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    PRIMARY KEY (expense_id, import_batch_id)
                ) WITHOUT ROWID;
                CREATE INDEX expense_sightings_batch ON expense_sightings(import_batch_id);
                CREATE TABLE bank_id_corrections (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    account TEXT NOT NULL,
                    bank_transaction_id TEXT NOT NULL CHECK (length(bank_transaction_id) BETWEEN 1 AND 255),
                    action TEXT NOT NULL CHECK (action = 'replace' OR action = 'delete'),
                    import_batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
                    UNIQUE (user_id, account, bank_transaction_id)
                );
                """)
    }

    /// What figures as of a day need: a goal's opening balance marked (saved, never pace), the
    /// day a recommendation was made for, the last day each imported statement covers (an
    /// account's data horizon), settings per user (a home currency each), and exchange rates
    /// the person gave (never made up).
    static func figuresAsOf(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE goal_contributions ADD COLUMN is_opening INTEGER NOT NULL DEFAULT 0
                    CHECK \(F.boolean("is_opening"));
                ALTER TABLE recommendations ADD COLUMN as_of TEXT
                    CHECK (as_of IS NULL OR \(F.date("as_of")));
                UPDATE recommendations SET as_of = substr(created_at, 1, 10);
                CREATE TABLE statement_periods (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    account TEXT NOT NULL CHECK (length(account) >= 1),
                    end_date TEXT NOT NULL CHECK (\(F.date("end_date"))),
                    import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE CASCADE
                );
                CREATE INDEX statement_periods_account ON statement_periods(user_id, account, end_date);
                CREATE TABLE user_settings (
                    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 100),
                    value TEXT NOT NULL,
                    PRIMARY KEY (user_id, key)
                ) WITHOUT ROWID;
                CREATE TABLE exchange_rates (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    from_currency TEXT NOT NULL CHECK (\(F.currency("from_currency"))),
                    to_currency TEXT NOT NULL CHECK (\(F.currency("to_currency")) AND to_currency <> from_currency),
                    date TEXT NOT NULL CHECK (\(F.date("date"))),
                    rate TEXT NOT NULL CHECK (length(rate) BETWEEN 1 AND 40),
                    UNIQUE (from_currency, to_currency, date)
                );
                """)
    }

    /// Whether a goal linked to an account counts that account's statement balance as what it
    /// has saved (its contributions stay `current_amount`).
    static func goalBalances(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE goals ADD COLUMN counts_balance INTEGER NOT NULL DEFAULT 0 CHECK \(F.boolean("counts_balance"));
                """)
    }
}
