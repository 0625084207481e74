/// What a command does with the database, deciding whether a missing one is created.
public enum DatabaseAccess: Sendable, Equatable {
    /// Only reads: a missing database is an error (`no database at PATH`), never created.
    case read
    /// Writes (or is `init`): a missing database and its folder are created and migrated.
    case write
    /// Changes what is already there (undo or reread an import, categorise a line): a missing
    /// database is an error, as for `read`, since there is nothing to change.
    case update
}
