/// Reads numbers written the Turkish way: "." groups thousands, "," marks decimals ("1.149,90").
enum NumberReader {
    /// The value of digits with "." / "," separators, or nil when the grouping makes no sense.
    static func value(_ text: String) -> Double? {
        // Plain digits (most numbers in a question): the digits `separatedValue` builds are the text itself.
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return Double(text) }
        return separatedValue(text)
    }

    /// `value(text)` read separator by separator, for any text.
    static func separatedValue(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first >= 0x30 && first <= 0x39,
              let last = bytes.last, last >= 0x30 && last <= 0x39 else { return nil }
        let dots = bytes.indices.filter { bytes[$0] == 0x2E }
        let commas = bytes.indices.filter { bytes[$0] == 0x2C }
        var decimal: Int?     // index of the decimal separator
        var grouping: UInt8?  // thousands separator
        switch (dots.isEmpty, commas.isEmpty) {
        case (true, true): break
        case (false, false):
            // Both: the later one is the decimal mark ("1.149,90" and "1,149.90").
            if dots.last! > commas.last! {
                guard dots.count == 1 else { return nil }
                decimal = dots[0]; grouping = 0x2C
            } else {
                guard commas.count == 1 else { return nil }
                decimal = commas[0]; grouping = 0x2E
            }
        case (false, true):
            // "5.000", "2.500.000" group thousands; a single dot before 1, 2 or 4+ digits is a decimal ("1.5").
            if groupsOfThree(bytes, dots) { grouping = 0x2E } else if dots.count == 1 { decimal = dots[0] } else { return nil }
        case (true, false):
            // Turkish "15,6"; "1,000,000" only when several comma groups of three.
            if commas.count == 1 { decimal = commas[0] } else if groupsOfThree(bytes, commas) { grouping = 0x2C } else { return nil }
        }
        if let grouping, let decimal {
            guard groupsOfThree(Array(bytes[..<decimal]), bytes[..<decimal].indices.filter { bytes[$0] == grouping }) else { return nil }
        }
        var digits = ""
        for (i, b) in bytes.enumerated() {
            if b == grouping { continue }
            if i == decimal { digits.append("."); continue }
            digits.append(Character(Unicode.Scalar(b)))
        }
        return Double(digits)
    }

    /// Every separator is followed by exactly three digits and the first group has 1–3 digits.
    static func groupsOfThree(_ bytes: [UInt8], _ separators: [Int]) -> Bool {
        guard let first = separators.first, first >= 1, first <= 3 else { return separators.isEmpty }
        for (n, s) in separators.enumerated() {
            let next = n + 1 < separators.count ? separators[n + 1] : bytes.count
            if next - s - 1 != 3 { return false }
        }
        return true
    }
}
