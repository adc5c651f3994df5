/// What a kind noun names: something sold for itself, or a part/accessory sold for something else.
public enum KindRole: String, Sendable, Codable {
    case product, accessory
}

/// One kind of product with the phrases customers and catalogues use for it.
public struct KindGroup: Sendable, Hashable {
    /// Canonical folded name ("laptop").
    public var canonical: String
    /// Phrases (Turkish text) that name the kind; inflected forms are recognised ("telefonu", "kulaklığı").
    public var phrases: [String]
    public var role: KindRole
    /// A broader kind this one belongs to ("laptop" → "bilgisayar").
    public var broader: String?

    public init(_ canonical: String, _ phrases: [String], role: KindRole = .product, broader: String? = nil) {
        self.canonical = canonical; self.phrases = phrases; self.role = role; self.broader = broader
    }
}

/// Product and accessory kinds with their Turkish (and catalogue English) synonyms.
/// Category names of a shop are added to these at index time, so shops with their own categories work too.
public enum KindLexicon {
    /// The built-in kinds.
    public static let groups: [KindGroup] = [
        // Computers and phones
        KindGroup("laptop", ["laptop", "dizüstü bilgisayar", "dizüstü", "notebook", "diz üstü bilgisayar"], broader: "bilgisayar"),
        KindGroup("masaustu bilgisayar", ["masaüstü bilgisayar", "masaüstü", "desktop", "all in one bilgisayar"], broader: "bilgisayar"),
        KindGroup("bilgisayar", ["bilgisayar", "pc"]),
        KindGroup("tablet", ["tablet", "tablet bilgisayar"]),
        KindGroup("telefon", ["telefon", "cep telefonu", "akıllı telefon", "smartphone", "cep tel"]),
        KindGroup("televizyon", ["televizyon", "tv", "smart tv", "led tv"]),
        KindGroup("monitor", ["monitör", "monitor", "monıtor", "bilgisayar ekranı"]),
        KindGroup("kulaklik", ["kulaklık", "headphone", "headset", "earphone", "kulaklik"]),
        KindGroup("akilli saat", ["akıllı saat", "smartwatch", "smart watch", "akıllı kol saati"], broader: "saat"),
        KindGroup("saat", ["saat", "kol saati"]),
        KindGroup("akilli bileklik", ["akıllı bileklik", "fitness bileklik"]),
        KindGroup("oyun konsolu", ["oyun konsolu", "konsol", "oyun konsol", "game console"]),
        KindGroup("yazici", ["yazıcı", "printer"]),
        KindGroup("etiket yazici", ["etiket makinesi", "etiket yazıcı", "barkod yazıcı"], broader: "yazici"),
        KindGroup("tarayici", ["tarayıcı", "scanner"]),
        KindGroup("hoparlor", ["hoparlör", "speaker", "ses sistemi", "soundbar"]),
        KindGroup("kamera", ["kamera", "camera"]),
        KindGroup("fotograf makinesi", ["fotoğraf makinesi", "fotoğraf makinası"]),
        KindGroup("klavye", ["klavye", "keyboard"]),
        KindGroup("mouse", ["mouse", "fare"]),
        KindGroup("modem", ["modem", "router"]),
        KindGroup("projeksiyon", ["projeksiyon", "projektör", "projeksiyon cihazı"]),
        KindGroup("powerbank", ["powerbank", "power bank"]),
        // Home appliances
        KindGroup("buzdolabi", ["buzdolabı", "buz dolabı", "derin dondurucu"]),
        KindGroup("camasir makinesi", ["çamaşır makinesi", "çamaşır makinası"]),
        KindGroup("bulasik makinesi", ["bulaşık makinesi", "bulaşık makinası"]),
        KindGroup("kurutma makinesi", ["kurutma makinesi", "kurutma makinası"]),
        KindGroup("hesap makinesi", ["hesap makinesi", "hesap makinası"]),
        KindGroup("kahve makinesi", ["kahve makinesi", "kahve makinası", "espresso makinesi"]),
        KindGroup("tiras makinesi", ["tıraş makinesi", "traş makinesi", "tıraş makinası"]),
        KindGroup("sac kurutma makinesi", ["saç kurutma makinesi", "fön makinesi", "saç kurutma"]),
        KindGroup("supurge", ["süpürge", "elektrikli süpürge", "robot süpürge"]),
        KindGroup("klima", ["klima"]),
        KindGroup("firin", ["fırın", "mikrodalga fırın", "mikrodalga"]),
        KindGroup("utu", ["ütü", "buharlı ütü"]),
        KindGroup("blender", ["blender", "mikser"]),
        // Clothing and shoes
        KindGroup("tisort", ["tişört", "t-shirt", "tshirt", "tişort", "t shirt"]),
        KindGroup("elbise", ["elbise", "dress"]),
        KindGroup("ayakkabi", ["ayakkabı", "shoes"]),
        KindGroup("sneaker", ["sneaker", "spor ayakkabı"], broader: "ayakkabi"),
        KindGroup("bot", ["bot", "çizme", "postal"], broader: "ayakkabi"),
        KindGroup("terlik", ["terlik", "sandalet"]),
        KindGroup("ceket", ["ceket", "jacket", "blazer"]),
        KindGroup("mont", ["mont", "kaban", "parka", "trençkot"]),
        KindGroup("pantolon", ["pantolon", "jean", "kot pantolon"]),
        KindGroup("etek", ["etek"]),
        KindGroup("gomlek", ["gömlek", "bluz"]),
        KindGroup("kazak", ["kazak", "hırka", "süveter"]),
        KindGroup("sweatshirt", ["sweatshirt", "sweat", "hoodie"]),
        KindGroup("sort", ["şort"]),
        KindGroup("tayt", ["tayt"]),
        KindGroup("esofman", ["eşofman"]),
        KindGroup("pijama", ["pijama"]),
        KindGroup("mayo", ["mayo", "bikini"]),
        KindGroup("canta", ["çanta"]),
        KindGroup("cuzdan", ["cüzdan"]),
        KindGroup("sapka", ["şapka", "bere"]),
        KindGroup("corap", ["çorap"]),
        // Accessories, parts and consumables: sold for another product
        KindGroup("kilif", ["kılıf", "kapak", "case", "koruma kılıfı"], role: .accessory),
        KindGroup("ekran koruyucu", ["ekran koruyucu", "koruyucu", "koruma filmi", "temperli cam", "jelatin", "film"], role: .accessory),
        KindGroup("kablo", ["kablo", "cable"], role: .accessory),
        KindGroup("sarj aleti", ["şarj aleti", "şarj cihazı", "şarj adaptörü", "adaptör", "charger", "şarj kablosu", "şarj istasyonu", "şarj standı"], role: .accessory),
        KindGroup("stand", ["stand", "tutucu", "tutacak", "askı aparatı", "duvar askı", "askı", "aparat"], role: .accessory),
        KindGroup("kordon", ["kordon", "kayış", "strap"], role: .accessory),
        KindGroup("oyun kolu", ["oyun kolu", "kol", "gamepad", "joystick", "controller", "dualsense", "dualshock"], role: .accessory),
        KindGroup("kumanda", ["kumanda"], role: .accessory),
        KindGroup("sarf", ["toner", "kartuş", "mürekkep", "filament", "şerit", "drum", "etiket"], role: .accessory),
        KindGroup("pil", ["pil", "batarya"], role: .accessory),
        KindGroup("yedek parca", ["yedek parça", "yedek", "aksesuar", "sticker", "kaplama", "ped", "sünger", "kulaklık ucu"], role: .accessory),
        KindGroup("video oyunu", ["oyun cd", "oyunu", "oyun", "video oyunu"], role: .accessory),
    ]
}
