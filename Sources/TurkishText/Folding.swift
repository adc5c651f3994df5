/// Match keys: Turkish lowercase with diacritics folded (ç ğ ı ö ş ü â î û → c g i o s u a i u).
public enum Folding {
    /// The match key of a text: "KULAKLIK", "kulaklık" and "kulaklik" all give "kulaklik".
    public static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in TurkishCase.lowercased(text).unicodeScalars {
            switch scalar {
            case "ç": out.append("c")
            case "ğ": out.append("g")
            case "ı": out.append("i")
            case "ö": out.append("o")
            case "ş": out.append("s")
            case "ü": out.append("u")
            case "â", "à", "á", "ä": out.append("a")
            case "î", "ì", "í", "ï": out.append("i")
            case "û", "ù", "ú": out.append("u")
            case "é", "è", "ê", "ë": out.append("e")
            case "\u{0307}": continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
