import Foundation

/// Removes personal data (TCKN, IBAN, card numbers, phone numbers, e-mail addresses) from text
/// before it leaves the server or reaches a log.
enum PIIRedactor {
    /// Placeholders the model sees instead of the data (it can still tell the customer sent one).
    static let emailMark = "[E-POSTA]"
    static let ibanMark = "[IBAN]"
    static let cardMark = "[KART NO]"
    static let tcknMark = "[TCKN]"
    static let phoneMark = "[TELEFON]"

    private static let email = try! NSRegularExpression(
        pattern: #"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"#)
    /// TR + 2 check digits + 22 digits, in groups of four or not.
    private static let iban = try! NSRegularExpression(
        pattern: #"\b[Tt][Rr][ ]?\d{2}(?:[ ]?[0-9]){22}\b"#)
    /// Runs of digits with single spaces, dashes or dots between groups (cards, TCKN, phones).
    private static let digitRun = try! NSRegularExpression(
        pattern: #"(?<![\w.,])\+?\(?\d(?:[ \-.()]{0,2}\d){6,22}(?![\w])"#)

    /// The text with every recognised piece of personal data replaced by a placeholder.
    static func redact(_ text: String) -> String {
        guard text.contains(where: { $0.isNumber || $0 == "@" }) else { return text }
        var result = replace(email, in: text) { _ in emailMark }
        result = replace(iban, in: result) { match in
            isValidIBAN(match.filter { !$0.isWhitespace }) ? ibanMark : nil
        }
        result = replace(digitRun, in: result) { match in
            let digits = match.filter(\.isASCIIDigit)
            if digits.count >= 13 && digits.count <= 19 && isLuhnValid(digits) { return cardMark }
            if digits.count == 11 && isValidTCKN(digits) { return tcknMark }
            if isPhoneNumber(match, digits: digits) { return phoneMark }
            return nil
        }
        return result
    }

    private static func replace(_ regex: NSRegularExpression, in text: String,
                                _ replacement: (String) -> String?) -> String {
        let ns = text as NSString
        var out = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let found = ns.substring(with: match.range)
            guard let mark = replacement(found) else { continue }
            out += ns.substring(with: NSRange(location: last, length: match.range.location - last)) + mark
            last = match.range.location + match.range.length
        }
        return last == 0 ? text : out + ns.substring(from: last)
    }

    /// Turkish ID number: 11 digits, no leading zero, two check digits.
    static func isValidTCKN(_ digits: String) -> Bool {
        let d = digits.compactMap(\.wholeNumberValue)
        guard d.count == 11, d[0] != 0 else { return false }
        let odd = d[0] + d[2] + d[4] + d[6] + d[8]
        let even = d[1] + d[3] + d[5] + d[7]
        let tenth = ((odd * 7 - even) % 10 + 10) % 10
        guard d[9] == tenth else { return false }
        return d[10] == d[0..<10].reduce(0, +) % 10
    }

    /// IBAN check: move the first four characters to the end, letters to numbers, mod 97 = 1.
    static func isValidIBAN(_ iban: String) -> Bool {
        let upper = iban.uppercased()
        guard upper.count >= 15, upper.count <= 34, upper.allSatisfy({ $0.isASCIIDigit || ("A"..."Z").contains($0) }) else {
            return false
        }
        let rearranged = upper.dropFirst(4) + upper.prefix(4)
        var remainder = 0
        for ch in rearranged {
            if let digit = ch.wholeNumberValue {
                remainder = (remainder * 10 + digit) % 97
            } else if let ascii = ch.asciiValue {
                remainder = (remainder * 100 + Int(ascii) - 55) % 97
            }
        }
        return remainder == 1
    }

    /// Card numbers: the Luhn checksum.
    static func isLuhnValid(_ digits: String) -> Bool {
        let d = digits.compactMap(\.wholeNumberValue)
        guard d.count >= 12, !d.allSatisfy({ $0 == 0 }) else { return false }
        var sum = 0
        for (i, digit) in d.reversed().enumerated() {
            if i % 2 == 1 { let doubled = digit * 2; sum += doubled > 9 ? doubled - 9 : doubled } else { sum += digit }
        }
        return sum % 10 == 0
    }

    /// Turkish mobile and landline numbers (with or without 0 / +90) and other international numbers.
    static func isPhoneNumber(_ text: String, digits: String) -> Bool {
        if text.hasPrefix("+") { return digits.count >= 10 && digits.count <= 15 }
        var national = Substring(digits)
        if national.hasPrefix("90") && digits.count == 12 { national = national.dropFirst(2) }
        else if national.hasPrefix("0") && digits.count == 11 { national = national.dropFirst() }
        // Ten national digits starting with an area or mobile code (2xx–5xx) or 850 numbers.
        guard national.count == 10, let first = national.first else { return false }
        return "2345".contains(first) || national.hasPrefix("850")
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
