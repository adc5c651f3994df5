/// Words of a customer's question that are never product terms, and the cues of price, sort and size phrases.
/// All entries are folded keys (Folding.key: lowercase, ç ğ ı ö ş ü → c g i o s u).
public enum QueryLexicon {
    /// Question particles, shopping verbs, price and stock question words, pronouns and fillers.
    public static let stopWords: Set<String> = [
        // question particles (also written attached: "varmi", "satiyormusunuz")
        "mi", "mu", "misin", "musun", "misiniz", "musunuz", "miyim", "muyum", "miyiz", "muyuz", "midir", "mudur",
        "miydi", "muydu", "mis", "mus",
        // being there, stock
        "var", "varmi", "varmidir", "yok", "yokmu", "mevcut", "mevcutmu", "mevcutta", "stok", "stokta", "stokda",
        "stoklarda", "stoklarinizda", "stokunuz", "stokunuzda", "stogu", "stogunuz", "stoklari", "kaldi", "kaldimi",
        "bulunur", "bulunuyor", "bulunmakta", "bulunurmu", "elinizde", "satista", "satislarda", "temin", "gelir",
        "geldi", "gelirmi", "geliyor", "gelecek",
        // price questions
        "fiyat", "fiyati", "fiyatlari", "fiyatlar", "fiyatlariniz", "fiyatiniz", "fiyatina", "fiyatini", "fiyatli",
        "fiyatlilar", "fiyata", "ucret", "ucreti", "ucretler", "kac", "kaca", "kactan", "kacadir", "para", "parasi", "tutar",
        "tutari", "ne", "nedir", "neler", "nelerdir", "kadar", "kadardir", "tl", "lira", "try", "indirim", "indirimli",
        "indirimde", "kampanya", "kampanyali",
        // shopping verbs
        "istiyorum", "isterim", "istiyoruz", "isterdim", "istedim", "ariyorum", "ariyoruz", "aradim",
        "bakiyorum", "bakiyoruz", "bakacaktim", "bakmak", "bakar", "bakarmisiniz", "baktim", "almak", "alacagim",
        "alacaktim", "alabilir", "alabilirmiyim", "alabilirim", "alirim", "almayi", "alsam", "alayim", "lazim",
        "lazimdi", "gerek", "gerekli", "gerekiyor", "ihtiyacim", "satiyor", "satiyormusunuz", "satiyorsunuz",
        "satar", "satarmisiniz", "satilik", "satisi", "satisiniz", "satiyormusun", "sunuyor", "sunuyormusunuz",
        "oner", "onerir", "onerirmisiniz", "onerin", "onerebilir", "onerebilirmisiniz", "oneri", "onerisi",
        "onerileriniz", "tavsiye", "tavsiyeniz", "tavsiyesi", "goster", "gosterir", "gosterin", "gosterebilir",
        "gosterirmisiniz", "gosterebilirmisiniz", "listele", "listeler", "listeleyin", "bul", "bulabilir", "bulur",
        "bulurmusunuz", "bulabilirmisiniz", "ogren", "ogrenmek", "ogrenebilir", "bilgi", "bilgisi", "soyler",
        "soyleyebilir", "soyleyin", "soyleyebilirmisiniz", "sorabilir", "soracaktim", "soruyorum", "merak",
        "ediyorum", "olur", "olurmu", "olabilir", "varsa", "yoksa", "dusunuyorum", "planliyorum", "siparis",
        "vermek", "verebilir", "veriyor", "getirir", "getirin", "ilgileniyorum",
        // politeness and greetings
        "acaba", "lutfen", "rica", "ederim", "tesekkur", "tesekkurler", "merhaba", "selam", "slm", "mrb",
        "gunaydin", "hocam", "abi", "abla", "bey", "hanim", "efendim", "iyi", "gunler", "aksamlar",
        // pronouns, determiners, conjunctions
        "bir", "biraz", "bu", "su", "o", "bunu", "sunu", "onu", "bunun", "bunlar", "sunlar", "bunlardan", "ben",
        "bana", "beni", "benim", "biz", "bize", "bizim", "siz", "size", "sizin", "sizde", "sizden", "sizlerde",
        "sizdeki", "kendime", "kendim", "icin", "ile", "ve", "veya", "yada", "ya", "da", "de", "ki", "gibi",
        "hangi", "hangisi", "hangileri", "hangisini", "nasil", "nerede", "olan", "olarak", "olsun", "tane", "adet",
        "model", "modeli", "modelleri", "modeller", "modelleriniz", "modeliniz", "cesit", "cesitleri", "cesitler",
        "secenek", "secenekleri", "secenekler", "urun", "urunu", "urunler", "urunleri", "urunleriniz",
        "urununuz", "marka", "markasi", "en", "daha", "cok", "cokca", "yeni", "guzel", "kaliteli",
        "uygun", "sey", "seyler", "falan", "filan", "mesela", "ornegin", "hem", "ama", "fakat", "sadece", "hic",
        "peki", "tamam", "simdi", "bugun", "hemen", "renk", "rengi", "renkleri", "renkte",
        // popularity and novelty words: no catalogue states them, so they must not have to match
        "populer", "satan", "satilan", "cikan", "guncel", "begenilen", "tercih", "edilen", "orijinal", "sifir",
        "son", "trend", "moda", "favori", "onerdiginiz", "iyisi", "kalitelisi",
    ]

    /// Stems of shopping verbs that appear with many endings ("bakıyordum", "arıyoruz", "satıyormuşsunuz").
    public static let verbStems: [String] = [
        "bakiyor", "ariyor", "istiyor", "satiyor", "satilan", "satis", "alabil", "almak", "almay", "onerebil",
        "gosterebil", "bulabil", "ogrenebil", "soyleyebil", "ilgilen", "dusunuyor", "planliyor",
    ]

    /// Endings that mark a verb form or a question particle glued to a word ("satıyormusunuz", "varmı").
    /// Used only for words the shop does not know.
    public static let verbEndings: [String] = [
        "yorum", "yoruz", "yorsunuz", "yordum", "yor", "misiniz", "musunuz", "miyim", "muyum", "abilir", "ebilir",
        "abilirmiyim", "ebilirmiyim", "acagim", "ecegim", "acaktim", "ecektim", "mak", "mek", "sunuz", "siniz",
        "dim", "tim", "dum", "tum", "ayim", "eyim", "alim", "elim", "varmi", "yokmu", "mi", "mu",
    ]

    /// Multiplier words after a number ("10 bin" = 10000).
    public static let multipliers: [String: Double] = ["bin": 1_000, "milyon": 1_000_000, "k": 1_000]

    /// Currency words after a number (the bare stem; "liradan", "tl'ye" are recognised by their endings).
    public static let currencies: Set<String> = ["tl", "lira", "try", "tlden", "tlye", "trl"]

    /// After a price: the price is an upper bound ("5000 TL altı", "2000 TL'ye kadar").
    public static let maxCues: Set<String> = [
        "alti", "altinda", "altindaki", "altina", "altini", "asagi", "asagisi", "asagida", "asagidaki", "kadar",
        "gecmeyen", "gecmesin", "gecmeyecek", "maks", "max", "maksimum",
    ]
    /// After a price in the ablative ("10 bin TL'den ucuz"): upper bound.
    public static let maxAblativeCues: Set<String> = ["ucuz", "ucuza", "az", "dusuk", "asagi", "asagida", "ucuzu", "ucuzlar"]
    /// After a price: lower bound ("1000 TL üstü").
    public static let minCues: Set<String> = [
        "ustu", "ustunde", "ustundeki", "uzeri", "uzerinde", "uzerindeki", "uzerine", "yukari", "yukarisi", "min", "minimum",
    ]
    /// After a price in the ablative ("3000'den pahalı"): lower bound.
    public static let minAblativeCues: Set<String> = ["pahali", "fazla", "yuksek", "baslayan", "yukari", "buyuk"]
    /// Before a price: "en fazla 5000", "en az 1000".
    public static let maxPrefixCues: [[String]] = [["en", "fazla"], ["en", "cok"], ["maksimum"], ["max"], ["maks"], ["butcem"], ["butce"]]
    public static let minPrefixCues: [[String]] = [["en", "az"], ["minimum"], ["min"]]
    /// Closing a range ("20000 ile 30000 TL arası").
    public static let rangeCues: Set<String> = ["arasi", "arasinda", "arasindaki", "arasindakiler", "araliginda", "araligi"]
    /// Joining the two ends of a range.
    public static let rangeJoiners: Set<String> = ["ile", "ve", "-", "den", "dan", "ten", "tan"]

    /// Sort phrases, as key sequences; a word matches a cue word when it starts with it ("ucuzu", "pahalısı").
    public static let cheapestPhrases: [[String]] = [
        ["en", "ucuz"], ["en", "uygun"], ["en", "hesapli"], ["en", "dusuk", "fiyat"], ["ucuzdan", "pahaliya"],
        ["fiyati", "en", "dusuk"], ["uygun", "fiyat"], ["ucuz"], ["hesapli"], ["ekonomik"],
    ]
    public static let dearestPhrases: [[String]] = [
        ["en", "pahali"], ["en", "yuksek", "fiyat"], ["pahalidan", "ucuza"], ["fiyati", "en", "yuksek"],
    ]

    /// Words that introduce or follow a size ("38 numara", "M beden", "beden M").
    public static let sizeCues: Set<String> = ["numara", "numarasi", "numaram", "beden", "bedeni", "bedenim", "bedenler", "bedenleri", "no", "size", "olcu"]

    /// Words before a colour that refine it and go with it ("açık mavi", "koyu yeşil").
    public static let colourShades: Set<String> = ["acik", "koyu", "parlak", "mat", "pastel"]
}
