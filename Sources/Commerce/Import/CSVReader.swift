/// Reads CSV exports the way spreadsheet programs write them: quoted fields with doubled quotes,
/// line breaks inside quotes, CRLF, a UTF-8 byte order mark, blank lines between records.
public enum CSVReader {
    /// The rows of `text`; blank lines are skipped. `delimiter` nil: guessed from the header line.
    public static func rows(_ text: String, delimiter: Character? = nil) -> [[String]] {
        var text = Substring(text)
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        let sep = delimiter ?? guessDelimiter(text)
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var fieldStarted = false
        var iterator = text.makeIterator()
        var pending: Character?
        func endRow() {
            row.append(field)
            if !(row.count == 1 && row[0].isEmpty && !fieldStarted) { rows.append(row) }
            row = []; field = ""; fieldStarted = false
        }
        while let c = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                inQuotes = true; fieldStarted = true
            case sep:
                row.append(field); field = ""; fieldStarted = true
            case "\n", "\r\n", "\r":
                endRow()
            default:
                field.append(c); fieldStarted = true
            }
        }
        if fieldStarted || !field.isEmpty || !row.isEmpty { endRow() }
        return rows
    }

    /// The most frequent of comma, semicolon and tab on the first line.
    static func guessDelimiter(_ text: Substring) -> Character {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let counts: [(Character, Int)] = [",", ";", "\t"].map { d in (d, firstLine.filter { $0 == d }.count) }
        return counts.max { $0.1 < $1.1 }.flatMap { $0.1 > 0 ? $0.0 : nil } ?? ","
    }
}
