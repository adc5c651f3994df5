/// Word lists used when reading product names (folded keys unless said otherwise).
public enum CatalogueLexicon {
    /// Colours: canonical folded Turkish name → words that mean it in catalogues (Turkish and English).
    public static let colours: [String: [String]] = [
        "siyah": ["siyah", "black", "syh"],
        "beyaz": ["beyaz", "white"],
        "kirmizi": ["kırmızı", "red"],
        "mavi": ["mavi", "blue"],
        "lacivert": ["lacivert", "navy"],
        "yesil": ["yeşil", "green"],
        "sari": ["sarı", "yellow"],
        "turuncu": ["turuncu", "orange"],
        "pembe": ["pembe", "pink"],
        "mor": ["mor", "purple"],
        "gri": ["gri", "gray", "grey"],
        "kahverengi": ["kahverengi", "kahve rengi", "brown"],
        "bej": ["bej", "beige"],
        "ekru": ["ekru"],
        "krem": ["krem", "cream"],
        "bordo": ["bordo", "burgundy"],
        "haki": ["haki", "khaki"],
        "gumus": ["gümüş", "silver"],
        "altin": ["altın", "gold"],
        "lila": ["lila", "lilac"],
        "fusya": ["fuşya", "fuchsia"],
        "mint": ["mint"],
        "vizon": ["vizon"],
        "taba": ["taba"],
        "nude": ["nude"],
        "pudra": ["pudra"],
        "murdum": ["mürdüm"],
        "indigo": ["indigo"],
        "turkuaz": ["turkuaz", "turquoise"],
        "antrasit": ["antrasit"],
        "fume": ["füme"],
        "hardal": ["hardal"],
        "somon": ["somon"],
        "mercan": ["mercan"],
        "sax": ["sax", "saks", "saks mavi"],
    ]

    /// Words that say the product is made *for* something else ("iPhone 15 uyumlu kılıf", "PS5 için şarj").
    public static let forMarkers: Set<String> = ["uyumlu", "uyumludur", "icin", "uyumlı", "uyum"]

    /// Words joining a bundle ("kasa ve spor kordon"): a kind after them is part of a set, not the product.
    public static let bundleMarkers: Set<String> = ["ve", "ile", "hediyeli", "hediye"]

    /// Derivational endings after which a word is no longer the noun it starts with
    /// ("kablosuz" is not a cable, "şarjlı" is not a charger, "kollu" is not a gamepad).
    public static let derivationalEndings: [String] = ["li", "lu", "siz", "suz", "lik", "luk", "ci", "cu", "ce", "ca", "daki", "deki", "taki", "teki"]

    /// Letter sizes, and how customers say them.
    public static let letterSizes: [String: String] = [
        "xxs": "XXS", "xs": "XS", "s": "S", "m": "M", "l": "L", "xl": "XL", "xxl": "XXL", "xxxl": "XXXL",
        "2xl": "XXL", "3xl": "XXXL", "4xl": "4XL", "5xl": "5XL",
        "small": "S", "medium": "M", "large": "L", "kucuk": "S", "orta": "M", "buyuk": "L",
    ]

    /// Attribute names that hold a colour or a size.
    public static let colourAttributes: Set<String> = ["renk", "color", "colour", "renkler"]
    public static let sizeAttributes: Set<String> = ["beden", "numara", "size", "olcu", "boyut", "ayakkabi numarasi"]

    /// Other spellings of units ("inch", "inches" → "inc").
    public static let unitSpellings: [String: String] = ["inch": "inc", "inches": "inc", "in": "inc", "gigabyte": "gb", "terabyte": "tb"]

    /// Units written after numbers in names ("256 GB", "55 inç", "144 Hz"); a number and its unit are also indexed joined.
    public static let units: Set<String> = [
        "gb", "tb", "mb", "hz", "inc", "inch", "ml", "lt", "l", "gr", "g", "kg", "cm", "mm", "w", "mah", "mp", "k", "ms",
    ]
}
