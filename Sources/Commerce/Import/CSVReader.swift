/// Reads CSV exports the way spreadsheet programs write them: quoted fields with doubled quotes,
/// line breaks inside quotes, CRLF, a UTF-8 byte order mark, blank lines between records.
public enum CSVReader {
    /// The rows of `text`; blank lines are skipped. `delimiter` nil: guessed from the header line.
    public static func rows(_ text: String, delimiter: Character? = nil) -> [[String]] {
        // Scalars, not Characters: a quote or comma followed by a combining mark must still count.
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        let sep = (delimiter ?? guessDelimiter(Substring(String(String.UnicodeScalarView(scalars.prefix(4096)))))).unicodeScalars.first!
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var fieldStarted = false
        var i = scalars.startIndex
        func endRow() {
            row.append(String(field))
            if !(row.count == 1 && row[0].isEmpty && !fieldStarted) { rows.append(row) }
            row = []; field = String.UnicodeScalarView(); fieldStarted = false
        }
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            if inQuotes {
                if c == "\"" {
                    if next < scalars.endIndex && scalars[next] == "\"" {
                        field.append("\""); i = scalars.index(after: next); continue
                    }
                    inQuotes = false
                } else {
                    field.append(c)
                }
                i = next
                continue
            }
            if c == "\"" && field.isEmpty {
                inQuotes = true; fieldStarted = true
            } else if c == sep {
                row.append(String(field)); field = String.UnicodeScalarView(); fieldStarted = true
            } else if c == "\n" {
                endRow()
            } else if c == "\r" {
                endRow()
                if next < scalars.endIndex && scalars[next] == "\n" { i = scalars.index(after: next); continue }
            } else {
                field.append(c); fieldStarted = true
            }
            i = next
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
