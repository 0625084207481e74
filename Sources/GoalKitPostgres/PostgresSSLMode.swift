/// libpq's `sslmode`, as a `postgres://` URL gives it.
public enum PostgresSSLMode: String, Sendable, CaseIterable {
    /// No TLS.
    case disable
    /// TLS when the server offers it, else plain (libpq's default).
    case prefer
    /// TLS, without checking the server's certificate.
    case require
    /// TLS with a certificate signed by a trusted authority.
    case verifyCA = "verify-ca"
    /// TLS with a trusted certificate for the host's name.
    case verifyFull = "verify-full"
}
