/// The kinds of bank file GoalKit tells apart by their content (never by the file name).
public enum StatementFormat: String, Sendable, Hashable, CaseIterable {
    /// OFX 1.x: SGML with optional closing tags (also QFX/QBO of that age).
    case ofxSGML = "ofx-sgml"
    /// OFX 2.x: XML (also QFX/QBO of that age).
    case ofxXML = "ofx-xml"
    /// ISO 20022 bank-to-customer statement.
    case camt053
    /// ISO 20022 bank-to-customer account report (intraday or end-of-day): its booked entries
    /// are imported like a statement's.
    case camt052
    /// ISO 20022 debit/credit notification: skipped, never imported.
    case camt054
    /// Comma-, semicolon-, tab- or pipe-separated values.
    case csv
    /// Quicken Interchange Format.
    case qif
    /// SWIFT MT940 customer statement.
    case mt940
}

/// What `--input-format` may force.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, csv, ofx, camt, qif, mt940
}
