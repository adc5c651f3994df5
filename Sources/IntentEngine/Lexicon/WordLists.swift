/// Closed word classes the rules need, as folded keys.
public enum WordLists {
    /// Words that carry no content of their own (particles, pronouns, fillers).
    public static let stopwords: Set<String> = [
        "mi", "mu", "misin", "musun", "misiniz", "musunuz", "miyim", "muyum", "midir", "mudur", "miydi", "muydu",
        "miyiz", "muyuz", "ki", "de", "da", "ve", "veya", "ya", "ile", "icin", "gibi", "kadar", "bir", "bu", "su", "o",
        "bunu", "sunu", "onu", "bunun", "onun", "bana", "beni", "ben", "benim", "sen", "siz", "size", "sizin", "sizde",
        "sizden", "bizim", "acaba", "lutfen", "rica", "ederim", "acil", "hemen", "simdi", "artik", "cok", "daha", "en",
        "ne", "nedir", "neler", "nelerdir", "var", "yok", "mevcut", "olan", "olarak", "hangi", "hangisi", "hangileri",
        "bilgi", "hakkinda", "ogrenmek", "ogrenebilir", "alabilir", "miyim", "abi", "abla", "hocam", "kardesim",
        "efendim", "pls", "plz", "hala", "yani", "iste", "bakar", "bakabilir", "soyler", "soyleyebilir", "nasil",
        "icinde", "uzerinde", "ustunde", "ustu", "alti", "arasi", "model", "urun", "urunu", "urunler", "urunleriniz",
        "sey", "seyi", "tane", "adet", "tl", "lira", "bin", "durum", "durumu", "durumda", "bilgisi", "ucuz", "ucuza", "pahali", "uygun", "fiyatli",
        "renk", "rengi", "renkleri", "renkte", "renkler", "secenek", "secenekleri", "ucuzu", "ucuzlari",
    ]

    /// Verbs and fillers too common to tell one FAQ question from another.
    public static let faqGeneric: Set<String> = [
        "yap", "yapiyor", "yapiyormusunuz", "yapilir", "yapilabilir", "yapabilir", "yapabilirmiyim", "yapar",
        "ediyor", "edebilir", "edilir", "oluyor", "olur", "olabilir", "olmasi", "var", "yok", "nerede", "nerde",
        "nasil", "mumkun", "istiyorum",
    ]

    /// Question words and particles: a message with one of these and nothing the shop sells is a question
    /// for the LLM, not a product search.
    public static let questionWords: Set<String> = [
        "nasil", "neden", "niye", "nicin", "kim", "kimsin", "kimdir", "ne", "nedir", "neler", "nerede", "nerde",
        "nereden", "nereye", "hangi", "hangisi", "mi", "mu", "misin", "musun", "misiniz", "musunuz", "miyim", "muyum",
        "midir", "mudur", "ney", "neyi", "neresi", "nereli", "ne zaman", "neyse", "kac", "naptin", "napiyorsun", "nedenini",
    ]

    /// Word endings that mark a verb; a sentence built around a verb is not a bare product name.
    public static let verbEndings: [String] = [
        "iyor", "iyorum", "iyorsun", "iyoruz", "iyorsunuz", "acak", "ecek", "acagim", "ecegim", "acaksiniz",
        "eceksiniz", "mak", "mek", "dim", "dik", "tim", "tik", "misim", "abilir", "ebilir", "abilirim", "ebilirim",
        "sunuz", "siniz", "madi", "medi", "madim", "medim", "iniz", "di", "ti", "du", "tu",
    ]

    /// Imperative verbs (bare or polite): "çal", "aç", "söyle", "anlatır mısın". A message built around one is a
    /// request to an assistant, not a product name.
    public static let imperatives: Set<String> = [
        "cal", "calar", "ac", "acar", "kapat", "soyle", "soyler", "anlat", "anlatir", "uyandir", "kur", "sil", "ayarla",
        "bildir", "oynat", "karistir", "calistir", "supur", "cek", "etkinlestir", "ol", "gonder", "oku", "hatirlat",
        "baslat", "durdur", "dur", "kis", "yukselt", "artir", "azalt", "ekle", "dinle", "izle", "git", "gel", "konus",
        "sus", "yap", "hesapla", "cevir", "tekrarla", "yaz", "bul", "sec", "degistir", "goster", "ver", "koy",
        "kaldir", "yolla", "ara", "sifirla", "guncelle", "acin", "kapatin", "soyleyin", "anlatin", "yapin",
    ]

    /// Endings of first-person possessive objects ("alarmlarımı", "listemi", "prizimi"): talk about one's own
    /// things, not a product search.
    public static let possessiveEndings: [String] = ["larimi", "lerimi", "imi", "umu", "emi", "ami", "imin", "umun", "imizi"]

    /// Word beginnings of shop services and promotions: "indirim var mı" is not a product search.
    public static let serviceWords: [String] = [
        "indirim", "kampanya", "kupon", "promosyon", "firsat", "puan", "garanti", "servis", "montaj", "kurulum",
        "uyelik", "sepet", "cekilis", "bayi", "staj", "isilan", "hediye ceki", "kod", "fatura", "magaza", "sube",
    ]

    /// Ordinal stems → list position (0-based); `-1` is the last one.
    public static let ordinals: [(stem: String, index: Int)] = [
        ("ilk", 0), ("birinci", 0), ("ikinci", 1), ("ucuncu", 2), ("dorduncu", 3), ("besinci", 4), ("altinci", 5),
        ("yedinci", 6), ("sekizinci", 7), ("dokuzuncu", 8), ("onuncu", 9), ("sonuncu", -1), ("sondaki", -1),
    ]

    /// Words naming an item of the list, after a number or "son" ("2. ürün", "son ürünün").
    public static let listItemWords: [String] = ["urun", "siradaki", "secenek", "model"]

    /// Letter sizes as folded keys.
    public static let letterSizes: Set<String> = ["xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl"]

    /// Words that name a size ("M beden", "38 numara").
    public static let sizeWords: [String] = ["beden", "numara", "no", "olcu", "size"]
}
