/// The bot's own Turkish sentences, kept as data. Everything factual in an answer (policies, prices,
/// stock, contacts) comes from the shop's files; these only frame it.
public struct ReplyTexts: Sendable {
    public var greeting = "Merhaba, size nasıl yardımcı olabilirim?"
    public var greetingAgain = "Merhaba, buyurun; size nasıl yardımcı olabilirim?"
    public var farewell = "İyi günler dileriz, yine bekleriz!"
    public var farewellEvening = "İyi akşamlar dileriz, yine bekleriz!"
    public var thanks = "Rica ederiz! Başka bir konuda yardımcı olabileceğim bir şey var mı?"
    public var acknowledgment = "Başka bir sorunuz olursa buradayım."
    public var deny = "Peki, nasıl isterseniz. Başka bir konuda yardımcı olabilirim."
    public var denyNoOffer = "Anladım. Başka bir konuda yardımcı olabileceğim bir şey olursa yazabilirsiniz."

    public var moreOffer = "Daha fazla göstermemi ister misiniz?"
    public var alternativesOffer = "Dilerseniz stokta olan benzer ürünleri gösterebilirim."
    /// "{count}": how many matched.
    public var foundMany = "Aradığınıza uygun {count} ürün buldum. İlk sonuçlar:"
    public var foundSome = "Aradığınıza uygun şu ürünleri buldum:"
    public var foundMore = "Diğer ürünler:"
    /// Some wish (colour, size) could not be met; the list is the closest the shop has.
    public var foundNearest = "Tüm isteklerinize tam uyan bir ürün bulamadım; en yakın sonuçlar şunlar:"
    public var foundSorted = "Son aramanızdaki ürünler fiyata göre sıralandı:"
    public var noMore = "Bu aramada gösterebileceğim başka ürün kalmadı."
    /// "{query}": what was searched.
    public var notFound = "Üzgünüm, mağazamızda \"{query}\" ile ilgili bir ürün bulunmuyor."
    public var notFoundGeneric = "Üzgünüm, aradığınız ürün mağazamızda bulunmuyor."
    public var alternativesIntro = "Stokta olan benzer ürünler:"
    public var noAlternatives = "Şu anda stokta olan benzer bir ürün bulunmuyor."
    public var whichProduct = "Hangi ürünü sorduğunuzu yazar mısınız? Ürün adını yazarsanız hemen bakayım."
    public var noList = "Henüz bir ürün listesi göstermedim; aradığınız ürünü yazar mısınız?"
    public var ordinalOutOfRange = "Son listede o sırada bir ürün yok; listede {count} ürün vardı."

    /// "{name}", "{price}".
    public var price = "{name} ürününün fiyatı {price}."
    /// "{price}": the price line under a stock answer.
    public var priceLine = "Fiyatı: {price}."
    public var discounted = "(İndirimden önceki fiyatı {price}.)"
    public var inStock = "Ürün stokta mevcut."
    public var outOfStock = "Bu ürün şu anda stokta yok, tükendi."
    /// "{name}".
    public var stockYes = "{name} stokta mevcut."
    public var stockNo = "{name} şu anda stokta yok, tükendi."
    /// "{name}", "{size}", "{sizes}".
    public var sizeYes = "{name} ürününün {size} bedeni stokta mevcut."
    public var sizeNo = "{name} ürününün {size} bedeni şu anda stokta yok."
    public var sizeMissing = "{name} ürününün {size} bedeni bulunmuyor."
    public var sizesAvailable = "Stokta olan bedenler: {sizes}."
    public var sizesNone = "Bu ürünün hiçbir bedeni şu anda stokta yok."
    public var sizeUnknown = "{name} için beden bilgisi bulunmuyor."
    /// "{url}".
    public var link = "Ürün sayfası: {url}"
    public var stockMark = "stokta"
    public var outOfStockMark = "tükendi"

    /// "{text}": the shop's policy text.
    public var policyMissing = "Bu konuda elimde bir bilgi bulunmuyor."
    public var handoffIntro = "Sizi müşteri temsilcimize yönlendireyim. Bize şu kanallardan ulaşabilirsiniz:"
    public var handoffNone = "Şu anda temsilci iletişim bilgisi bulunmuyor."
    public var phone = "Telefon: {value}"
    public var whatsapp = "WhatsApp: {value}"
    public var email = "E-posta: {value}"
    public var workingHours = "Çalışma saatlerimiz: {value}."
    public var fallback = "Bu soruya şu an kesin bir cevap veremiyorum. Ürünlerimiz, kargo, iade, ödeme ve siparişleriniz hakkında yardımcı olabilirim."
    public var fallbackContact = "Dilerseniz müşteri hizmetlerimize {value} üzerinden ulaşabilirsiniz."

    public init() {}

    /// `template` with `{key}` placeholders filled.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        // Braces are ASCII, so the template is searched byte by byte instead of Character by Character;
        // every index found is a scalar boundary that slices the String safely.
        let bytes = template.utf8
        var out = ""
        out.reserveCapacity(bytes.count + 32)
        var rest = bytes.startIndex
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")),
              let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
            out += template[rest..<open]
            let key = String(template[bytes.index(after: open)..<close])
            if let value = values[key] { out += value } else { out += template[open...close] }
            rest = bytes.index(after: close)
        }
        out += template[rest...]
        return out
    }
}
