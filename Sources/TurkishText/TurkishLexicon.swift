/// Built-in Turkish vocabulary for the stemmer: roots that look inflected ("kadın", "elbise", "sipariş",
/// "uygun") and so would be cut without it, the vowel-dropping roots ("resim" → "resmi") and the
/// one-syllable roots that soften ("renk" → "rengi"). Shops add their own words as protected words.
enum TurkishLexicon {
    /// Folded roots where stripping stops.
    static let roots = ByteSet([rootList, vowelDropList, softMonosyllableList].joined(separator: "\n")
        .split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Folding.key(String($0)) })

    /// Folded stem with its dropped vowel → folded root ("resm" → "resim").
    static let droppedVowel = ByteSet(pairs: pairs(vowelDropList).map { ($0.key, $0.value) })

    /// Folded softened one-syllable stem → folded root ("reng" → "renk").
    static let softenedMonosyllable = ByteSet(pairs: pairs(softMonosyllableList).map { ($0.key, $0.value) })

    /// Question particles written onto the word ("indirimmi", "stoktamı"); cut only before a known word.
    static let questionClitics: [[UInt8]] = ["misiniz", "musunuz", "miyim", "muyum", "miyiz", "muyuz", "misin", "musun",
                                             "midir", "mudur", "mi", "mu"].map { Array($0.utf8) }

    static func pairs(_ list: String) -> [String: String] {
        var result: [String: String] = [:]
        for root in list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map({ Folding.key(String($0)) }) {
            var stem = Array(root.utf8)
            guard stem.count >= 3 else { continue }
            if list == vowelDropList {
                stem.remove(at: stem.count - 2)  // resim → resm
            } else {
                let soft: [UInt8: UInt8] = [UInt8(ascii: "p"): UInt8(ascii: "b"), UInt8(ascii: "t"): UInt8(ascii: "d"),
                                            UInt8(ascii: "k"): UInt8(ascii: "g")]
                stem[stem.count - 1] = soft[stem[stem.count - 1]] ?? stem[stem.count - 1]  // renk → reng
            }
            result[String(decoding: stem, as: UTF8.self)] = root
        }
        return result
    }

    static let vowelDropList = """
    resim isim şehir fikir kayıt kayıp hüküm beyin emir akıl şekil vakit metin omuz burun ağız göğüs oğul gönül
    ömür keyif asıl nesil boyun alın karın nehir sabır zehir kısım cisim hazım ilim zikir kahır nakil hatır seyir
    devir bağır koyun hapis kabir zihin nabız zulüm şükür fasıl vasıf kasır azil nakit izin
    """

    static let softMonosyllableList = """
    cep dip kap kalp harp renk denk tat yurt kurt dert çok gök uç güç taç genç suç
    """

    static let rootList = """
    elbise etek gömlek ceket pantolon kazak hırka tunik bluz tişört sweatshirt mont kaban yelek şort tayt atlet
    büstiyer sütyen külot çorap pijama gecelik bikini mayo şal eşarp fular şapka bere atkı eldiven kemer çanta
    cüzdan kolye küpe yüzük bileklik bilezik saat gözlük ayakkabı bot çizme terlik sandalet babet sneaker topuk
    kumaş pamuk keten ipek yün deri süet kadife saten şifon denim kot triko viskon polyester likra astar fermuar
    düğme cep yaka kapüşon beden numara kalıp renk siyah beyaz kırmızı mavi lacivert yeşil sarı turuncu mor pembe
    gri kahverengi bej krem ekru bordo haki vizon taba antrasit fuşya lila turkuaz gümüş altın bronz bakır desen
    puantiye kare ekose çiçek baskı nakış dantel boncuk taş tesettür abiye kombin takım pardösü trençkot yağmurluk
    telefon tablet bilgisayar dizüstü laptop notebook masaüstü monitör ekran klavye fare mouse kulaklık hoparlör
    şarj kablo adaptör batarya pil powerbank kılıf kapak koruyucu cam kamera lens objektif televizyon kumanda
    konsol oyun yazıcı tarayıcı modem router disk bellek işlemci anakart kasa güç fan soğutucu drone süpürge robot
    ütü makine buzdolabı fırın ocak bulaşık çamaşır klima vantilatör ısıtıcı kettle kahve çay demlik tost blender
    mikser rondo doğrayıcı tencere tava tabak bardak fincan kupa çatal kaşık bıçak masa sandalye koltuk kanepe
    yatak yastık yorgan nevresim çarşaf havlu halı kilim perde lamba avize abajur ayna dolap raf kitaplık sehpa
    vazo çerçeve mum parfüm krem şampuan sabun losyon maske ruj rimel fondöten allık far oje tarak fırça deodorant
    bebek bez mama biberon emzik puset oyuncak kozmetik bakım cilt saç tıraş epilatör fön düzleştirici maşa
    sipariş kargo teslimat iade değişim iptal ödeme taksit kredi kart havale kapı fatura fiş garanti servis destek
    müşteri hizmet mağaza şube adres numara posta mail kampanya indirim kupon kod fiyat ücret bedava ücretsiz stok
    ürün model marka seri versiyon sürüm ölçü tablo kılavuz ayar kurulum montaj paket kutu koli ambalaj hediye
    kurye teslim süre gün hafta yıl dakika saniye tatil bayram cumartesi pazar pazartesi salı çarşamba perşembe
    cuma şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık para lira kuruş dolar euro avro
    tutar toplam bakiye hesap üyelik üye şifre giriş çıkış sepet favori liste yorum puan değerlendirme şikayet
    sorun problem hata arıza tamir onarım yedek parça aksesuar set çift adet tane boyut ağırlık kilo gram litre
    metre santim inç kapasite hafıza depolama hız performans ömür watt volt çözünürlük kalite belge sertifika
    orijinal ithalatçı distribütör satıcı alıcı kullanıcı tüketici fırsat sezon koleksiyon opsiyon seçenek
    promosyon rezervasyon organizasyon sözleşme koşul şart politika gizlilik güvenlik iletişim bilgi yardım
    kayıt durum takip mesaj cevap yanıt soru talep istek öneri teşekkür merhaba selam lütfen tamam evet hayır
    araba masa oda kapı pencere duvar bina şehir ülke dünya hava deniz göl nehir dağ orman ağaç bahçe kedi köpek
    kuş balık inek koyun tavuk yumurta süt peynir ekmek yemek kahvaltı öğle akşam gece sabah zaman insan kadın
    erkek çocuk anne baba kardeş abla ağabey abi dede nine teyze hala amca dayı koca arkadaş komşu öğretmen
    öğrenci okul sınıf ders kitap defter kalem silgi sıra tahta sınav konu haber gazete dergi radyo müzik şarkı
    film dizi spor futbol maç oyuncu banka işçi patron şirket firma fabrika ofis büro toplantı proje plan
    program sistem yöntem sonuç neden sebep amaç hedef konum yer alan bölge yol cadde sokak mahalle köy kasaba
    ilçe merkez hastane doktor hemşire ilaç hasta hastalık sağlık vücut kafa göz kulak burun ağız diş boyun
    omuz parmak bacak ayak kalp kan beyin yüz sakal ses söz kelime cümle isim soyad resim fotoğraf şekil boya
    ışık güneş yıldız gökyüzü bulut yağmur kar rüzgar fırtına sıcak soğuk mevsim ilkbahar yaz sonbahar kış hayat
    yaşam ölüm sevgi aşk mutluluk üzüntü korku umut hayal rüya düşünce fikir duygu akıl değer önem anlam fark
    çeşit tür tip cins sayı rakam miktar oran yüzde kısım bölüm taraf arka orta kenar köşe başlangıç devam otel
    havuz plaj kumsal manzara restoran lokanta kafe menü tatlı içecek çorba salata pilav makarna pizza hamburger
    sandviç meyve sebze elma armut muz portakal limon çilek üzüm karpuz kavun domates patates soğan sarımsak
    biber havuç şeker tuz yağ pirinç bulgur fasulye nohut mercimek gıda moda soda sayfa fayda ifade sade
    kola tabela parola pudra kale kadın altın zaman insan balkon salon meydan vatan kazan düşman liman kurban
    sultan şeytan kaplan çoban iman hayvan kervan divan bidon karton beton ayran tavan vicdan fidan aslan ceylan
    uygun ucuz pahalı yeni eski büyük küçük uzun kısa geniş dar ince kalın hafif ağır yumuşak sert güzel şık rahat
    doğal organik temiz hızlı yavaş bütün düğün yorgun olgun dolgun yüksek alçak açık koyu parlak mat
    satış alışveriş görüş bakış geliş gidiş dönüş uçuş yarış barış bağış ateş kumaş ateş vatandaş meslektaş
    herkes tesis kurs otobüs ses his kas ders dans tenis
    forum albüm kilogram form film kurum tören yöntem sistem problem ekim
    daha nerede nereye nereden hangi hangisi nasıl şimdi bugün yarın dün gibi kadar göre sonra önce için ile
    bunlar şunlar onlar hepsi tüm başka diğer aynı hiç biraz
    kategori kampanya aile ürün hediye kombinezon eşofman tulum salopet jile bandana bone kravat papyon
    ultra mini uydu tasarım kordon silikon taban nokta gürültü uyku kesim kullanım fotokopi alüminyum titanyum
    premium dokuma örme akıllı uyumlu dahili harici dijital analog mobil kablolu kablosuz stand konsol
    günaydın canlı temsilci yetkili operatör birinci ikinci üçüncü dördüncü beşinci sonuncu
    misiniz musunuz miyim muyum miyiz muyuz misin musun
    """
}
