/// What a cue says about a message. Topic signals name an intent; the others are modifiers the
/// context rules combine (a price word plus a product, an affirmative word plus a pending offer).
public enum CueSignal: Hashable, Sendable {
    /// Evidence for one intent (policies, small talk).
    case intent(Intent)
    /// "iyi günler", "iyi akşamlar": a greeting when opening, a farewell later.
    case dayWish
    /// "tamam", "olur", "evet", "peki": affirm an offer, otherwise acknowledge.
    case affirmative
    /// "hayır", "gerek yok", "yok kalsın".
    case negative
    /// "fiyatı", "kaç TL", "ne kadar".
    case price
    /// "stokta", "kaldı mı", "tükendi mi".
    case stock
    /// "var mı", "arıyorum", "satıyor musunuz": the customer is shopping.
    case shopping
    /// "daha fazla", "başka", "devamı": continue the last list.
    case more
    /// "en ucuz", "en pahalı".
    case sortAscending, sortDescending
}

/// One cue: words that must all occur, in this order (gaps allowed), and how much they weigh.
/// Words are folded keys; a trailing `*` matches any word starting with it (suffixes, conjugations).
public struct CueEntry: Sendable {
    public var phrase: String
    public var signal: CueSignal
    public var weight: Double
    public init(_ phrase: String, _ signal: CueSignal, _ weight: Double = 1.0) {
        self.phrase = phrase; self.signal = signal; self.weight = weight
    }
}

/// The Turkish cue lexicon, kept as data. Keys are folded (ç→c, ı→i, …), so ASCII typing matches too.
public enum CueLexicon {
    /// Every cue of every intent and modifier.
    public static let entries: [CueEntry] = smallTalk + policies + modifiers

    static let smallTalk: [CueEntry] = [
        // Greetings
        .init("merhaba*", .intent(.greeting)), .init("merhabalar", .intent(.greeting)), .init("mrb", .intent(.greeting)),
        .init("mrhb", .intent(.greeting)), .init("meraba*", .intent(.greeting)), .init("selam*", .intent(.greeting)),
        .init("slm", .intent(.greeting)), .init("sa", .intent(.greeting)), .init("selamun", .intent(.greeting)),
        .init("selamunaleykum", .intent(.greeting)), .init("aleykum*", .intent(.greeting)),
        .init("gunaydin*", .intent(.greeting)), .init("hey", .intent(.greeting), 0.8), .init("hi", .intent(.greeting), 0.8),
        .init("hello", .intent(.greeting)), .init("naber", .intent(.greeting)), .init("nbr", .intent(.greeting)),
        .init("nasilsin*", .intent(.greeting)), .init("hos bulduk", .intent(.greeting)),
        .init("iyi gun*", .dayWish), .init("iyi aksam*", .dayWish), .init("iyi calisma*", .dayWish),
        .init("hayirli gun*", .dayWish), .init("hayirli aksam*", .dayWish), .init("kolay gelsin", .dayWish),
        .init("tunaydin", .intent(.greeting)), .init("s a", .intent(.greeting)), .init("s.a", .intent(.greeting)), .init("as", .intent(.greeting), 0.8), .init("alo", .intent(.greeting)),
        .init("selamlar", .intent(.greeting)), .init("iyi gunler efendim", .dayWish),
        // Farewells
        .init("hosca kal*", .intent(.farewell)), .init("hoscakal*", .intent(.farewell)), .init("gorusuruz", .intent(.farewell)),
        .init("gorusmek uzere", .intent(.farewell)), .init("iyi gece*", .intent(.farewell)), .init("bye", .intent(.farewell)),
        .init("bb", .intent(.farewell)), .init("bay bay", .intent(.farewell)), .init("baybay", .intent(.farewell)),
        .init("kendine iyi bak*", .intent(.farewell)), .init("kendinize iyi bak*", .intent(.farewell)),
        .init("allaha emanet", .intent(.farewell)), .init("allahaismarladik", .intent(.farewell)),
        .init("hadi bye", .intent(.farewell)), .init("iyi hafta*", .intent(.farewell)), .init("iyi bayram*", .intent(.farewell)),
        // Thanks
        .init("tesekkur*", .intent(.thanks)), .init("tesekur*", .intent(.thanks)), .init("tsk*", .intent(.thanks)),
        .init("tskr*", .intent(.thanks)), .init("sagol*", .intent(.thanks)), .init("sag ol*", .intent(.thanks)),
        .init("saol*", .intent(.thanks)), .init("eyv", .intent(.thanks)), .init("eyvallah", .intent(.thanks)),
        .init("eywallah", .intent(.thanks)), .init("mersi*", .intent(.thanks)), .init("thanks", .intent(.thanks)),
        .init("thank*", .intent(.thanks)), .init("thx", .intent(.thanks)), .init("tenk*", .intent(.thanks)),
        .init("eline saglik", .intent(.thanks)), .init("minnettar*", .intent(.thanks)), .init("cok naziksiniz", .intent(.thanks)),
        .init("yardimin* icin", .intent(.thanks), 0.6),
        .init("yardimci oldunuz", .intent(.thanks)), .init("allah razi olsun", .intent(.thanks)),
        .init("ellerinize saglik", .intent(.thanks)), .init("cok sag ol*", .intent(.thanks)), .init("yardimci oldugunuz", .intent(.thanks)),
        .init("iyi gun* diler*", .dayWish), .init("iyi aksam* diler*", .dayWish),
        // Acknowledging or accepting
        .init("tamam*", .affirmative), .init("tmm", .affirmative), .init("tm", .affirmative), .init("tmam", .affirmative),
        .init("ok", .affirmative), .init("okey", .affirmative), .init("okay", .affirmative), .init("oki", .affirmative),
        .init("olur", .affirmative), .init("olurr", .affirmative), .init("evet", .affirmative), .init("evt", .affirmative),
        .init("ewet", .affirmative), .init("peki", .affirmative), .init("pekala", .affirmative), .init("anladim", .affirmative),
        .init("anlasildi", .affirmative), .init("tabi*", .affirmative), .init("elbette", .affirmative),
        .init("aynen", .affirmative), .init("he", .affirmative), .init("hee", .affirmative), .init("super", .affirmative),
        .init("harika", .affirmative), .init("guzel", .affirmative, 0.6), .init("kesinlikle", .affirmative),
        .init("olabilir", .affirmative), .init("istiyorum", .affirmative, 0.4), .init("lutfen", .affirmative, 0.3),
        .init("memnun oldum", .affirmative), .init("isterim", .affirmative), .init("goster", .affirmative, 0.5),
        // Declining
        .init("hayir*", .negative), .init("hayr", .negative), .init("yok", .negative, 0.8), .init("yoo*", .negative),
        .init("gerek yok", .negative, 1.2), .init("gerek kalmadi", .negative, 1.2), .init("yok kalsin", .negative, 1.2),
        .init("kalsin", .negative), .init("istemiyorum", .negative), .init("istemem", .negative),
        .init("vazgectim", .negative), .init("simdilik yok", .negative, 1.2), .init("olmaz", .negative),
        .init("gerekmez", .negative), .init("bosver*", .negative), .init("istemez", .negative), .init("yok sagol*", .negative, 1.2),
    ]

    static let policies: [CueEntry] = [
        // Shipping
        .init("kargo*", .intent(.shipping)), .init("krg*", .intent(.shipping)), .init("teslimat*", .intent(.shipping)),
        .init("gonderim*", .intent(.shipping)), .init("teslim sure*", .intent(.shipping)),
        .init("teslim edil*", .intent(.shipping)), .init("teslim*", .intent(.shipping), 0.6), .init("ulasir", .intent(.shipping), 0.5),
        .init("kac gunde gel*", .intent(.shipping), 0.3), .init("ne kadar surer", .intent(.shipping), 0.4),
        .init("kac gun*", .intent(.shipping), 0.5), .init("kac gunde", .intent(.shipping), 0.4),
        .init("ne zaman gel*", .intent(.shipping), 0.6), .init("ne zaman ulas*", .intent(.shipping), 0.6),
        .init("kac gun* gel*", .intent(.shipping), 0.4), .init("ne zaman gonder*", .intent(.shipping), 0.8),
        .init("gonderiyor mu*", .intent(.shipping), 0.8), .init("yurtdisi*", .intent(.shipping), 0.6),
        .init("sehir disi*", .intent(.shipping), 0.6), .init("ayni gun", .intent(.shipping), 0.6),
        .init("ucretsiz gonder*", .intent(.shipping)), .init("kargoya ver*", .intent(.shipping), 0.5), .init("kurye*", .intent(.shipping), 0.8),
        .init("yurtici", .intent(.shipping), 0.6), .init("aras", .intent(.shipping), 0.5), .init("ptt", .intent(.shipping), 0.5),
        .init("mng", .intent(.shipping), 0.5),
        // Returns and exchanges
        .init("iade*", .intent(.returns), 1.2), .init("iade* kargo*", .intent(.returns), 0.6),
        .init("kargo* iade*", .intent(.returns), 0.6), .init("degisim*", .intent(.returns)), .init("degistir*", .intent(.returns)),
        .init("degisiklik", .intent(.returns), 0.6), .init("geri gonder*", .intent(.returns), 1.2), .init("geri ver*", .intent(.returns)),
        .init("cayma*", .intent(.returns)), .init("para* geri", .intent(.returns), 1.2), .init("geri al*", .intent(.returns)),
        .init("begenmez*", .intent(.returns)), .init("olmazsa", .intent(.returns), 0.4), .init("uymazsa", .intent(.returns), 0.8),
        .init("olmadi", .intent(.returns), 0.4), .init("kusurlu", .intent(.returns), 0.9), .init("defolu", .intent(.returns), 0.9),
        .init("hasarli", .intent(.returns), 0.9), .init("bozuk", .intent(.returns), 0.9),
        .init("uymadi", .intent(.returns), 1.0), .init("kucuk geldi", .intent(.returns), 1.0), .init("buyuk geldi", .intent(.returns), 1.0),
        .init("dar geldi", .intent(.returns), 1.0), .init("bol geldi", .intent(.returns), 1.0), .init("yanlis urun", .intent(.returns), 0.9),
        // Payment
        .init("odeme*", .intent(.payment)), .init("kapida", .intent(.payment)), .init("taksit*", .intent(.payment)),
        .init("kredi kart*", .intent(.payment)), .init("banka kart*", .intent(.payment)), .init("havale*", .intent(.payment)),
        .init("eft", .intent(.payment)), .init("nakit*", .intent(.payment), 0.8), .init("pesin*", .intent(.payment), 0.7),
        .init("odeyebil*", .intent(.payment)), .init("oder miyim", .intent(.payment), 0.8), .init("ode*", .intent(.payment), 0.5),
        .init("paypal", .intent(.payment)), .init("kartla", .intent(.payment), 0.8), .init("kart ile", .intent(.payment), 0.8),
        .init("vade*", .intent(.payment), 0.7), .init("pos", .intent(.payment), 0.6), .init("sanal kart", .intent(.payment)),
        // Order status
        .init("siparis*", .intent(.orderStatus), 0.5), .init("siparisim*", .intent(.orderStatus), 0.5),
        .init("siparis* nere*", .intent(.orderStatus), 0.8), .init("siparis* nerde", .intent(.orderStatus), 0.8),
        .init("siparis* durum*", .intent(.orderStatus), 0.8), .init("siparis* takip*", .intent(.orderStatus), 0.8),
        .init("siparis* gelmedi", .intent(.orderStatus), 0.6), .init("siparisim* ne zaman", .intent(.orderStatus), 0.8),
        .init("siparis* hala", .intent(.orderStatus), 0.6), .init("siparis* ulasmadi", .intent(.orderStatus), 0.6),
        .init("siparis* ne alemde", .intent(.orderStatus), 0.8), .init("siparis* nerede", .intent(.orderStatus), 0.3),
        .init("kargom*", .intent(.orderStatus), 1.6), .init("paketim*", .intent(.orderStatus), 1.4),
        .init("takip no*", .intent(.orderStatus), 1.3), .init("takip numara*", .intent(.orderStatus), 1.3),
        .init("kargo takip*", .intent(.orderStatus), 0.8), .init("gelmedi", .intent(.orderStatus), 0.9),
        .init("ulasmadi", .intent(.orderStatus), 0.9), .init("gecikti", .intent(.orderStatus), 0.9),
        .init("gecik*", .intent(.orderStatus), 0.5), .init("hala gelm*", .intent(.orderStatus), 0.6),
        .init("siparis* iptal*", .intent(.orderStatus), 0.6), .init("verdigim", .intent(.orderStatus), 0.5),
        .init("urunum*", .intent(.orderStatus), 0.6),
        // Contact
        .init("iletisim*", .intent(.contact), 1.2), .init("telefon* numara*", .intent(.contact), 1.3),
        .init("numaraniz*", .intent(.contact), 0.9), .init("numaranizi", .intent(.contact), 0.9),
        .init("musteri hizmet*", .intent(.contact)), .init("adres*", .intent(.contact), 0.9),
        .init("e posta*", .intent(.contact)), .init("eposta*", .intent(.contact)), .init("mail*", .intent(.contact)),
        .init("calisma saat*", .intent(.contact), 1.3), .init("mesai*", .intent(.contact)), .init("kacta acil*", .intent(.contact)),
        .init("kaca kadar acik*", .intent(.contact)), .init("acik misiniz", .intent(.contact)), .init("kacta kapan*", .intent(.contact)),
        .init("ulasabil*", .intent(.contact), 0.9), .init("ulasirim", .intent(.contact), 0.9), .init("nasil ulas*", .intent(.contact), 0.6),
        .init("size ulas*", .intent(.contact), 0.6), .init("sizi nasil", .intent(.contact), 0.4), .init("arayabil*", .intent(.contact), 0.8),
        .init("magaza*", .intent(.contact), 0.7), .init("magaza* nere*", .intent(.contact), 0.6),
        .init("magaza* adres*", .intent(.contact), 0.4), .init("sube*", .intent(.contact), 0.6), .init("whatsapp*", .intent(.contact), 0.6),
        .init("instagram*", .intent(.contact), 0.8), .init("telefon* nedir", .intent(.contact), 0.5),
        // A person
        .init("canli destek", .intent(.humanHandoff), 1.6), .init("canli*", .intent(.humanHandoff), 0.6),
        .init("temsilci*", .intent(.humanHandoff), 1.6), .init("yetkili*", .intent(.humanHandoff), 1.4),
        .init("operator*", .intent(.humanHandoff), 1.4), .init("insan* ile", .intent(.humanHandoff), 1.3),
        .init("insanla", .intent(.humanHandoff), 1.3), .init("gercek bir", .intent(.humanHandoff), 0.6),
        .init("gercek kisi*", .intent(.humanHandoff), 1.4), .init("biri* ile gorus*", .intent(.humanHandoff), 1.2),
        .init("biriyle gorus*", .intent(.humanHandoff), 1.2), .init("birine bagla*", .intent(.humanHandoff), 1.4),
        .init("bagla*", .intent(.humanHandoff), 0.9), .init("aktar*", .intent(.humanHandoff), 0.6),
        .init("sikayet*", .intent(.humanHandoff), 1.1), .init("yonetici*", .intent(.humanHandoff), 1.2),
        .init("musteri hizmet* gorus*", .intent(.humanHandoff), 0.8), .init("musteri hizmet* bagla*", .intent(.humanHandoff), 1.0),
        // "Yetkili satıcı mısınız" asks about the shop, not for a person.
        .init("yetkili satici*", .intent(.humanHandoff), -1.4), .init("yetkili servis*", .intent(.humanHandoff), -1.4), .init("destek ekib*", .intent(.humanHandoff), 1.0),
        .init("bot* degil", .intent(.humanHandoff), 0.8), .init("robot*", .intent(.humanHandoff), 0.6),
        .init("gorusmek istiyorum", .intent(.humanHandoff), 0.6), .init("konusmak istiyorum", .intent(.humanHandoff), 0.8),
        .init("beni ara*", .intent(.humanHandoff), 1.2), .init("geri donus*", .intent(.humanHandoff), 0.8),
    ]

    static let modifiers: [CueEntry] = [
        // Price
        .init("fiyat*", .price), .init("fiyt*", .price), .init("kac tl", .price), .init("kac lira", .price),
        .init("kac para", .price), .init("kaca", .price), .init("kacaa", .price), .init("ne kadar", .price, 0.7),
        .init("nekadar", .price, 0.7), .init("ucreti*", .price, 0.5), .init("tutar*", .price, 0.7),
        .init("kac liraya", .price), .init("ucret*", .price, 0.4), .init("pahali mi", .price, 0.6),
        .init("ucuz mu", .price, 0.6),
        // Stock
        .init("stok*", .stock), .init("stog*", .stock), .init("bedenler*", .stock), .init("hangi beden*", .stock),
        .init("beden*", .stock, 0.6), .init("numaralar*", .stock, 0.8), .init("hangi numara*", .stock), .init("stk*", .stock, 0.8), .init("kaldi mi", .stock), .init("kalmis mi", .stock),
        .init("tuken*", .stock), .init("mevcut*", .stock, 0.8), .init("elinizde", .stock, 0.5),
        .init("bulunuyor mu", .stock, 0.6), .init("gelecek mi", .stock, 0.6),
        // Shopping
        .init("var mi*", .shopping), .init("varmi*", .shopping), .init("var mu", .shopping), .init("satiyor*", .shopping),
        .init("satiyo*", .shopping), .init("satisi*", .shopping, 0.6), .init("ariyorum", .shopping), .init("bakiyorum", .shopping),
        .init("bakiyoruz", .shopping), .init("ariyoruz", .shopping), .init("almak ist*", .shopping), .init("alacagim", .shopping),
        .init("alicam", .shopping), .init("lazim", .shopping), .init("oneri*", .shopping, 0.8), .init("oner*", .shopping, 0.6),
        .init("tavsiye*", .shopping, 0.8), .init("modelleri*", .shopping, 0.5), .init("cesit*", .shopping, 0.6),
        .init("urunleri*", .shopping, 0.5), .init("bulunur mu", .shopping), .init("satin al*", .shopping),
        .init("istiyorum", .shopping, 0.5), .init("gosterir misin*", .shopping, 0.6), .init("goster*", .shopping, 0.5),
        .init("bul*", .shopping, 0.3), .init("var", .shopping, 0.4), .init("mevcut mu", .shopping, 0.4),
        // Continue the list
        .init("daha fazla*", .more), .init("baska*", .more, 0.8), .init("devam*", .more), .init("digerleri*", .more),
        .init("diger*", .more, 0.6), .init("sonraki*", .more), .init("daha goster*", .more), .init("fazlasi*", .more),
        .init("hepsi*", .more, 0.6), .init("tumunu", .more, 0.6), .init("daha var mi", .more),
        // Order
        .init("en ucuz*", .sortAscending), .init("daha ucuz*", .sortAscending), .init("en uygun*", .sortAscending), .init("ucuzdan*", .sortAscending),
        .init("en pahali*", .sortDescending), .init("pahalidan*", .sortDescending),
    ]
}
