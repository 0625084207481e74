/// The schema on PostgreSQL: the same tables, columns, constraints, indexes and migration
/// names, in the same order, as the SQLite store (`GoalKitStore.migrationNames`). Each
/// migration is a list of statements run in one transaction; `PostgresMigrator` records it in
/// `goalkit_migrations`.
enum PostgresMigrations {
    typealias D = PostgresDDL

    /// Every migration, by name, in the order it is applied. A new one goes last.
    static let all: [(name: String, statements: [String])] = [
        ("v1 users", users), ("v1 categories", categories), ("v1 budgets", budgets), ("v1 expenses", expenses),
        ("v2 goals", goals), ("v2 goal_contributions", goalContributions), ("v2 recommendations", recommendations),
        ("v2 recommendation_feedback", recommendationFeedback), ("v3 settings", settings),
        ("v4 account_balances", accountBalances), ("v5 csv_profiles", csvProfiles),
        ("v6 categorization", categorization), ("v7 transfers", transfers),
        ("v8 recommendation_tracking", recommendationTracking), ("v9 day-first content keys", dayFirstContentKeys),
        ("v10 expense indexes", expenseIndexes), ("v11 import replay and original amounts", importReplay),
        ("v12 line sightings and corrections", sightingsAndCorrections), ("v13 figures as of their day", figuresAsOf),
        ("v14 goals counting their account's balance", goalBalances),
    ]

    static let users = [
        """
        CREATE TABLE users (
            \(D.id),
            username text NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 150),
            email text CHECK (email IS NULL OR length(email) <= 254),
            password text NOT NULL CHECK (length(password) > 0),
            is_active boolean NOT NULL DEFAULT true,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        D.touchFunction, D.contributionFunction, D.currencyExponentFunction,
    ]

    static let categories = [
        """
        CREATE TABLE categories (
            \(D.id),
            user_id bigint REFERENCES users(id) ON DELETE CASCADE,
            name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
            parent_id bigint REFERENCES categories(id) ON DELETE CASCADE,
            kind text NOT NULL CHECK \(D.choice("kind", ["expense", "income", "transfer"])),
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE UNIQUE INDEX categories_owner_name ON categories (coalesce(user_id, 0), lower(name))",
        "CREATE INDEX categories_parent ON categories (parent_id)",
        "CREATE INDEX categories_user ON categories (user_id)",
    ]

    static let budgets = [
        """
        CREATE TABLE budgets (
            \(D.id),
            user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
            start_date date NOT NULL,
            end_date date NOT NULL CHECK (end_date >= start_date),
            currency text NOT NULL CHECK (\(D.currency("currency"))),
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX budgets_user_period ON budgets (user_id, start_date, end_date)",
        """
        CREATE TABLE budget_limits (
            \(D.id),
            budget_id bigint NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
            category_id bigint NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
            amount bigint NOT NULL CHECK (\(D.money("amount", "> 0"))),
            UNIQUE (budget_id, category_id)
        )
        """,
        "CREATE INDEX budget_limits_category ON budget_limits (category_id)",
        D.touchTrigger("budgets"),
    ]

    static let expenses = [
        """
        CREATE TABLE import_batches (
            \(D.id),
            user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            file_name text NOT NULL,
            format text NOT NULL,
            lines_added integer NOT NULL DEFAULT 0 CHECK (lines_added >= 0),
            duplicates integer NOT NULL DEFAULT 0 CHECK (duplicates >= 0),
            skipped integer NOT NULL DEFAULT 0 CHECK (skipped >= 0),
            warnings integer NOT NULL DEFAULT 0 CHECK (warnings >= 0),
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX import_batches_user ON import_batches (user_id)",
        """
        CREATE TABLE expenses (
            \(D.id),
            user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            budget_id bigint NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
            name text NOT NULL CHECK (length(name) <= 100),
            amount bigint NOT NULL CHECK (\(D.money("amount"))),
            currency text NOT NULL CHECK (\(D.currency("currency"))),
            date date NOT NULL,
            category_id bigint REFERENCES categories(id) ON DELETE SET NULL,
            account text NOT NULL CHECK (length(account) >= 1),
            payee_raw text NOT NULL DEFAULT '',
            memo text NOT NULL DEFAULT '',
            amount_text text NOT NULL,
            bank_transaction_id text,
            transaction_type text,
            dedup_key text NOT NULL,
            import_batch_id bigint REFERENCES import_batches(id) ON DELETE CASCADE,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX expenses_budget ON expenses (budget_id)",
        "CREATE INDEX expenses_user_date ON expenses (user_id, date)",
        "CREATE INDEX expenses_category ON expenses (category_id)",
        "CREATE INDEX expenses_user_account ON expenses (user_id, account, date)",
        "CREATE INDEX expenses_batch ON expenses (import_batch_id)",
        "CREATE UNIQUE INDEX expenses_dedup ON expenses (user_id, account, dedup_key)",
    ]

    static let goals = [
        """
        CREATE TABLE goals (
            \(D.id),
            user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name text NOT NULL CHECK (length(name) <= 100 AND length(trim(name)) > 0),
            description text NOT NULL DEFAULT '',
            target_amount bigint NOT NULL CHECK (\(D.money("target_amount", "> 0"))),
            current_amount bigint NOT NULL DEFAULT 0 CHECK (\(D.money("current_amount", ">= 0"))),
            currency text NOT NULL CHECK (\(D.currency("currency"))),
            start_date date NOT NULL,
            target_date date CHECK (target_date IS NULL OR target_date >= start_date),
            category text NOT NULL CHECK \(D.choice("category", ["vacation", "emergency", "education", "housing", "vehicle", "electronics", "medical", "other"])),
            priority text NOT NULL DEFAULT 'medium' CHECK \(D.choice("priority", ["high", "medium", "low"])),
            is_active boolean NOT NULL DEFAULT true,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX goals_user ON goals (user_id)",
        "CREATE INDEX goals_category ON goals (category)",
        "CREATE INDEX goals_is_active ON goals (is_active)",
        D.touchTrigger("goals"),
    ]

    /// Contributions keep `goals.current_amount` equal to their sum through a trigger.
    static let goalContributions = [
        """
        CREATE TABLE goal_contributions (
            \(D.id),
            goal_id bigint NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            amount bigint NOT NULL CHECK (\(D.money("amount", "> 0"))),
            date date NOT NULL,
            source text NOT NULL CHECK \(D.choice("source", ["direct", "savings", "expense_reduction", "income", "other"])),
            notes text NOT NULL DEFAULT '',
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX goal_contributions_goal ON goal_contributions (goal_id)",
        "CREATE INDEX goal_contributions_date ON goal_contributions (date)",
        """
        CREATE TRIGGER goal_contributions_moved AFTER INSERT OR DELETE OR UPDATE OF amount, goal_id
        ON goal_contributions FOR EACH ROW EXECUTE FUNCTION goalkit_contribution_moved()
        """,
    ]

    static let recommendations = [
        """
        CREATE TABLE recommendations (
            \(D.id),
            goal_id bigint NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            title text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
            description text NOT NULL CHECK (length(description) > 0),
            category text NOT NULL CHECK (length(category) BETWEEN 1 AND 50),
            potential_impact bigint NOT NULL CHECK (\(D.money("potential_impact"))),
            difficulty_level text NOT NULL CHECK \(D.choice("difficulty_level", ["easy", "medium", "hard"])),
            implementation_steps jsonb DEFAULT '[]'
                CHECK (implementation_steps IS NULL OR jsonb_typeof(implementation_steps) = 'array'),
            is_implemented boolean NOT NULL DEFAULT false,
            user_feedback integer CHECK (user_feedback IS NULL OR user_feedback BETWEEN 1 AND 5),
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX recommendations_goal ON recommendations (goal_id)",
        "CREATE INDEX recommendations_category ON recommendations (category)",
        "CREATE INDEX recommendations_is_implemented ON recommendations (is_implemented)",
    ]

    static let recommendationFeedback = [
        """
        CREATE TABLE recommendation_feedback (
            \(D.id),
            recommendation_id bigint NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
            was_helpful boolean NOT NULL,
            rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
            comments text NOT NULL DEFAULT '',
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX recommendation_feedback_recommendation ON recommendation_feedback (recommendation_id)",
    ]

    static let settings = [
        "CREATE TABLE settings (key text PRIMARY KEY CHECK (length(key) > 0), value text NOT NULL)",
        "INSERT INTO settings (key, value) VALUES ('home_currency', 'USD')",
    ]

    static let accountBalances = [
        """
        CREATE TABLE account_balances (
            \(D.id),
            user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            account text NOT NULL CHECK (length(account) >= 1),
            date date NOT NULL,
            amount bigint NOT NULL,
            currency text NOT NULL CHECK (\(D.currency("currency"))),
            import_batch_id bigint REFERENCES import_batches(id) ON DELETE CASCADE
        )
        """,
        "CREATE INDEX account_balances_account ON account_balances (user_id, account, date)",
    ]

    static let csvProfiles = [
        """
        CREATE TABLE csv_profiles (
            \(D.id),
            user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
            settings jsonb NOT NULL CHECK (jsonb_typeof(settings) = 'object'),
            created_at timestamptz NOT NULL DEFAULT now(),
            UNIQUE (user_id, name)
        )
        """
    ]
}
