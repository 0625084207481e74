/// The migrations after the schema's first tables: what later features added.
extension PostgresMigrations {
    static let categorization = [
        """
        ALTER TABLE expenses ADD COLUMN category_source text
            CHECK (category_source IS NULL OR \(D.choice("category_source", ["user", "file", "rule", "merchant", "code", "model"])))
        """,
        "ALTER TABLE expenses ADD COLUMN category_detail text",
        "ALTER TABLE expenses ADD COLUMN merchant_code text",
        """
        CREATE TABLE categorization_rules (
            \(D.id),
            user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            position integer NOT NULL,
            pattern text NOT NULL CHECK (length(pattern) BETWEEN 1 AND 500),
            category_id bigint NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
            min_amount bigint CHECK (min_amount IS NULL OR \(D.money("min_amount", ">= 0"))),
            max_amount bigint CHECK (max_amount IS NULL OR \(D.money("max_amount", ">= 0"))),
            account text,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX categorization_rules_user ON categorization_rules (user_id, position)",
        """
        CREATE TABLE category_models (
            user_id bigint PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
            fingerprint text NOT NULL,
            model jsonb NOT NULL,
            trained_at timestamptz NOT NULL DEFAULT now()
        )
        """,
    ]

    static let transfers = [
        "ALTER TABLE expenses ADD COLUMN is_transfer boolean NOT NULL DEFAULT false",
        "ALTER TABLE expenses ADD COLUMN transfer_expense_id bigint REFERENCES expenses(id) ON DELETE SET NULL",
        "ALTER TABLE goals ADD COLUMN account text",
        "ALTER TABLE goal_contributions ADD COLUMN expense_id bigint REFERENCES expenses(id) ON DELETE CASCADE",
        "CREATE UNIQUE INDEX goal_contributions_expense ON goal_contributions (expense_id) WHERE expense_id IS NOT NULL",
    ]

    static let recommendationTracking = [
        "ALTER TABLE recommendations ADD COLUMN type text",
        "ALTER TABLE recommendations ADD COLUMN subject_key text",
        "ALTER TABLE recommendations ADD COLUMN evidence jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(evidence) = 'array')",
        """
        ALTER TABLE recommendations ADD COLUMN status text NOT NULL DEFAULT 'open'
            CHECK \(D.choice("status", ["open", "implemented", "dismissed"]))
        """,
        "ALTER TABLE recommendations ADD COLUMN closes_gap boolean NOT NULL DEFAULT false",
        "ALTER TABLE recommendations ADD COLUMN rank integer",
        "ALTER TABLE recommendations ADD COLUMN status_changed_at timestamptz",
        "ALTER TABLE recommendations ADD COLUMN measured_impact bigint",
        "ALTER TABLE recommendations ADD COLUMN followed_up_at timestamptz",
        "CREATE INDEX recommendations_subject ON recommendations (goal_id, subject_key, status)",
    ]

    /// Content keys become `c:<day>:<hash>:<n>` (they were `c:<hash>:<n>`).
    static let dayFirstContentKeys = [
        """
        UPDATE expenses SET dedup_key = 'c:' || to_char(date, 'YYYY-MM-DD') || ':' || substr(dedup_key, 3)
        WHERE dedup_key ~ '^c:[0-9a-f]' AND dedup_key !~ '^c:[0-9]{4}-'
        """
    ]

    static let expenseIndexes = [
        "CREATE INDEX expenses_transfer ON expenses (transfer_expense_id) WHERE transfer_expense_id IS NOT NULL",
        "DROP INDEX expenses_category",
        "DROP INDEX expenses_batch",
    ]

    static let importReplay = [
        "ALTER TABLE import_batches ADD COLUMN options jsonb CHECK (options IS NULL OR jsonb_typeof(options) = 'object')",
        "ALTER TABLE expenses ADD COLUMN original_amount bigint",
        "ALTER TABLE expenses ADD COLUMN original_currency text CHECK (original_currency IS NULL OR \(D.currency("original_currency")))",
        "ALTER TABLE expenses ADD COLUMN exchange_rate text CHECK (exchange_rate IS NULL OR length(exchange_rate) BETWEEN 1 AND 40)",
    ]

    static let sightingsAndCorrections = [
        """
        CREATE TABLE expense_sightings (
            expense_id bigint NOT NULL REFERENCES expenses(id) ON DELETE CASCADE,
            import_batch_id bigint NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
            user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            PRIMARY KEY (expense_id, import_batch_id)
        )
        """,
        "CREATE INDEX expense_sightings_batch ON expense_sightings (import_batch_id)",
        """
        CREATE TABLE bank_id_corrections (
            \(D.id),
            user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            account text NOT NULL,
            bank_transaction_id text NOT NULL CHECK (length(bank_transaction_id) BETWEEN 1 AND 255),
            action text NOT NULL CHECK (action = 'replace' OR action = 'delete'),
            import_batch_id bigint NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
            UNIQUE (user_id, account, bank_transaction_id)
        )
        """,
    ]

    static let figuresAsOf = [
        "ALTER TABLE goal_contributions ADD COLUMN is_opening boolean NOT NULL DEFAULT false",
        "ALTER TABLE recommendations ADD COLUMN as_of date",
        "UPDATE recommendations SET as_of = (created_at AT TIME ZONE 'UTC')::date",
        """
        CREATE TABLE statement_periods (
            \(D.id),
            user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            account text NOT NULL CHECK (length(account) >= 1),
            end_date date NOT NULL,
            import_batch_id bigint REFERENCES import_batches(id) ON DELETE CASCADE
        )
        """,
        "CREATE INDEX statement_periods_account ON statement_periods (user_id, account, end_date)",
        """
        CREATE TABLE user_settings (
            user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            key text NOT NULL CHECK (length(key) BETWEEN 1 AND 100),
            value text NOT NULL,
            PRIMARY KEY (user_id, key)
        )
        """,
        """
        CREATE TABLE exchange_rates (
            \(D.id),
            from_currency text NOT NULL CHECK (\(D.currency("from_currency"))),
            to_currency text NOT NULL CHECK (\(D.currency("to_currency")) AND to_currency <> from_currency),
            date date NOT NULL,
            rate text NOT NULL CHECK (length(rate) BETWEEN 1 AND 40),
            UNIQUE (from_currency, to_currency, date)
        )
        """,
    ]

    /// The last migration also (re)creates the read-only `<table>_amounts` views, whose money
    /// columns are `numeric` major units, for tools that read PostgreSQL directly.
    static let goalBalances =
        ["ALTER TABLE goals ADD COLUMN counts_balance boolean NOT NULL DEFAULT false"] + PostgresAmountViews.all
}
