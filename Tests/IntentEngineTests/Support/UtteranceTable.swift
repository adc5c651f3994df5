/// Labelled single utterances: `context | utterance | intent`. Contexts: `f` a fresh session, `i` after
/// plain information, `l` after a product list (focus on the first, no offer), `o` after a list with an
/// offer of more results pending.
enum UtteranceTable {
    static let rows = """
    f | merhaba | greeting
    f | Merhaba! | greeting
    f | MERHABA | greeting
    f | merhabalar | greeting
    f | mrb | greeting
    f | mrhb | greeting
    f | slm | greeting
    f | selam | greeting
    f | selamlar | greeting
    f | Selamün aleyküm | greeting
    f | sa | greeting
    f | günaydın | greeting
    f | gunaydin | greeting
    f | iyi günler | greeting
    f | iyi akşamlar | greeting
    f | İyi Akşamlar | greeting
    f | iyi gunler | greeting
    f | hey | greeting
    f | naber | greeting
    f | nasılsınız | greeting
    f | merhaba nasılsınız | greeting
    f | kolay gelsin | greeting
    f | iyi çalışmalar | greeting
    f | merhba | greeting
    f | hayırlı günler | greeting
    f | s.a | greeting
    i | allah razı olsun | thanks
    i | ellerinize sağlık | thanks
    o | boşver | deny
    o | yok teşekkürler | deny
    i | yok teşekkürler | thanks
    o | evet istiyorum | affirm
    i | merhaba | greeting
    i | iyi günler | farewell
    i | iyi akşamlar | farewell
    i | İYİ GÜNLER | farewell
    i | hoşça kalın | farewell
    i | hoşçakal | farewell
    i | görüşürüz | farewell
    i | gorusuruz | farewell
    i | görüşmek üzere | farewell
    f | iyi geceler | farewell
    i | bye | farewell
    i | bb | farewell
    i | bay bay | farewell
    i | kendinize iyi bakın | farewell
    i | teşekkürler iyi günler | farewell
    i | tamam iyi günler | farewell
    i | tşk görüşürüz | farewell
    i | iyi haftalar | farewell
    i | kolay gelsin | farewell
    i | teşekkürler | thanks
    i | teşekkür ederim | thanks
    i | tesekkurler | thanks
    i | TEŞEKKÜRLER | thanks
    i | tşk | thanks
    i | tşkler | thanks
    i | tsk | thanks
    i | tşkr | thanks
    i | sağol | thanks
    i | sağ olun | thanks
    i | saol | thanks
    i | sağolun | thanks
    i | eyv | thanks
    i | eyvallah | thanks
    i | çok teşekkürler | thanks
    i | mersi | thanks
    i | thanks | thanks
    i | tamam teşekkürler | thanks
    i | teşekkür ederim çok yardımcı oldunuz | thanks
    i | teşekürler | thanks
    i | eline sağlık | thanks
    o | tamam teşekkürler | thanks
    f | teşekkürler | thanks
    i | tamam | acknowledgment
    i | Tamam. | acknowledgment
    i | tmm | acknowledgment
    i | ok | acknowledgment
    i | okey | acknowledgment
    i | anladım | acknowledgment
    i | peki | acknowledgment
    i | olur | acknowledgment
    i | evet | acknowledgment
    i | tamamdır | acknowledgment
    i | anlaşıldı | acknowledgment
    i | tamam anladım | acknowledgment
    i | süper | acknowledgment
    i | harika | acknowledgment
    i | aynen | acknowledgment
    l | tamam | acknowledgment
    l | peki | acknowledgment
    o | tamam | affirm
    o | evet | affirm
    o | olur | affirm
    o | peki | affirm
    o | evet lütfen | affirm
    o | tamam göster | affirm
    o | olur göster | affirm
    o | evet daha fazla göster | affirm
    o | tmm | affirm
    o | ok | affirm
    o | daha fazla göster | affirm
    o | başka var mı | affirm
    o | devam | affirm
    o | evet isterim | affirm
    o | tabii ki | affirm
    o | TAMAM | affirm
    o | hayır | deny
    o | hayır gerek yok | deny
    o | gerek yok | deny
    o | yok kalsın | deny
    o | istemiyorum | deny
    o | hayır teşekkürler | deny
    o | yok sağol | deny
    o | hayir | deny
    o | şimdilik yok | deny
    o | kalsın | deny
    o | yok | deny
    o | vazgeçtim | deny
    o | gerek kalmadı | deny
    i | hayır | deny
    i | gerek yok | deny
    f | kargo ücreti ne kadar | shipping
    f | kargo kaç günde gelir | shipping
    f | kargo ücretli mi | shipping
    f | kargo bedava mı | shipping
    f | kargoya ne zaman verilir | shipping
    f | teslimat süresi ne kadar | shipping
    f | ücretsiz kargo var mı | shipping
    f | hangi kargo firmasıyla gönderiyorsunuz | shipping
    f | KARGO | shipping
    f | kargo fiyatı | shipping
    f | kac gunde kargoya verilir | shipping
    f | teslimat ne zaman | shipping
    f | merhaba, kargo ücreti ne kadar | shipping
    f | krgo ücreti | shipping
    f | siparişler ne zaman kargoya verilir | shipping
    f | kargom ücretsiz mi | order_status
    l | kargo ücreti ne kadar | shipping
    f | yurtdışına gönderim var mı | shipping
    f | ne zaman teslim edilir | shipping
    f | kaç günde ulaşır | shipping
    f | kargo ne kadar sürer | shipping
    f | siparişimi iptal etmek istiyorum | order_status
    f | kargo takip numaram | order_status
    f | kaç aya kadar taksit var | payment
    f | hafta sonu açık mısınız | contact
    f | garanti süresi ne kadar | faq
    f | iade süresi kaç gün | returns
    f | iade etmek istiyorum | returns
    f | ürünü iade edebilir miyim | returns
    f | iade koşulları neler | returns
    f | değişim yapabilir miyim | returns
    f | ürünü değiştirebilir miyim | returns
    f | beden değişimi yapıyor musunuz | returns
    f | iade | returns
    f | IADE | returns
    f | iade nasıl yapılır | returns
    f | para iadesi ne zaman yapılır | returns
    f | geri göndermek istiyorum | returns
    f | ürün bozuk geldi | returns
    f | cayma hakkı | returns
    f | teşekkürler, iade süresi kaç gün | returns
    f | ürünü beğenmezsem ne olur | returns
    f | iade kargo ücreti kim öder | returns
    f | iade edebilirmiyim | returns
    f | taksit yapıyor musunuz | payment
    f | kapıda ödeme var mı | payment
    f | kredi kartı ile ödeme | payment
    f | havale ile ödeyebilir miyim | payment
    f | ödeme seçenekleri neler | payment
    f | kaç taksit | payment
    f | kapıda ödeme | payment
    f | taksit var mı | payment
    f | eft yapabilir miyim | payment
    f | nakit ödeme | payment
    f | kapida odeme varmi | payment
    f | ödeme yöntemleri | payment
    f | banka kartı geçiyor mu | payment
    f | kredi kartina taksit | payment
    f | tamam, kapıda ödeme var mı | payment
    f | siparişim nerede | order_status
    f | siparisim hala gelmedi | order_status
    f | kargom nerede | order_status
    f | siparişim ne zaman gelir | order_status
    f | sipariş durumu | order_status
    f | sipariş takibi nasıl yapılır | order_status
    f | siparişimi takip etmek istiyorum | order_status
    f | takip numarası | order_status
    f | siparişim gecikti | order_status
    f | paketim gelmedi | order_status
    f | siparişimin durumu nedir | order_status
    f | siparişim ulaşmadı | order_status
    f | SİPARİŞİM NEREDE | order_status
    f | siparişim ne alemde | order_status
    f | kargom hala gelmedi | order_status
    f | iyi akşamlar, siparişim nerede | order_status
    f | müşteri hizmetleri telefon numaranız nedir | contact
    f | telefon numaranız | contact
    f | iletişim bilgileri | contact
    f | size nasıl ulaşabilirim | contact
    f | e-posta adresiniz nedir | contact
    f | mail adresiniz | contact
    f | adresiniz nerede | contact
    f | çalışma saatleriniz nedir | contact
    f | kaçta açılıyorsunuz | contact
    f | müşteri hizmetleri | contact
    f | iletisim | contact
    f | whatsapp numaranız var mı | contact
    f | mağazanız nerede | contact
    f | canlı destek istiyorum | human_handoff
    f | bir temsilciyle görüşmek istiyorum | human_handoff
    f | temsilci | human_handoff
    f | müşteri temsilcisine bağlanmak istiyorum | human_handoff
    f | yetkili biriyle konuşmak istiyorum | human_handoff
    f | gerçek bir insanla konuşabilir miyim | human_handoff
    f | operatöre bağla | human_handoff
    f | canli destek | human_handoff
    f | şikayetim var | human_handoff
    f | insanla görüşmek istiyorum | human_handoff
    f | beni arayın | human_handoff
    f | yöneticiyle görüşmek istiyorum | human_handoff
    f | temsilciye bağlar mısınız | human_handoff
    f | faturalı satış yapıyor musunuz | faq
    f | fatura kesiyor musunuz | faq
    f | ürünler garantili mi | faq
    f | garanti var mı | faq
    f | garantisi kaç yıl | faq
    f | beden tablosu nerede | faq
    f | beden tablosu | faq
    f | hediye paketi yapıyor musunuz | faq
    f | hediye paketi var mı | faq
    f | e-fatura veriyor musunuz | faq
    f | merhaba, ürünleriniz garantili mi | faq
    f | kulaklık | product_search
    f | kulaklik | product_search
    f | KULAKLIK | product_search
    f | kulaklığınız var mı | product_search
    f | bluetooth kulaklık | product_search
    f | jbl kulaklık bakıyorum | product_search
    f | iphone 15 | product_search
    f | iphone var mı | product_search
    f | iphone garantili mi | faq
    f | samsung galaxy s24 | product_search
    f | lenovo laptop | product_search
    f | elbise | product_search
    f | elbiseleriniz | product_search
    f | kırmızı elbise | product_search
    f | siyah deri ceket | product_search
    f | beyaz sneaker | product_search
    f | tişört | product_search
    f | tisort | product_search
    f | midi boy elbise | product_search
    f | buzdolabı var mı | product_search
    f | çamaşır makinesi satıyor musunuz | product_search
    f | playstation 5 | product_search
    f | kulakılk | product_search
    f | samsng galaxy | product_search
    f | en ucuz kulaklık | product_search
    f | 5000 TL altı kulaklık | product_search
    f | merhaba, kulaklık bakıyorum | product_search
    f | sony kulaklık önerir misiniz | product_search
    f | jbl | product_search
    f | redmi note 14'ün fiyatı | product_price
    l | iphone 5'in fiyatı | product_price
    f | asus laptop var mı | product_search
    f | iyi günler kırmızı elbise arıyorum | product_search
    l | en ucuzu hangisi | product_search
    l | en pahalısı hangisi | product_search
    l | ikincisi | product_search
    f | iphone 15 fiyatı | product_price
    f | iphone 15 kaç tl | product_price
    f | airpods pro fiyatı ne kadar | product_price
    f | galaxy s24'ün fiyatı | product_price
    f | jbl tune 720bt kaç para | product_price
    f | kırmızı elbise fiyatı | product_price
    f | lenovo laptop fiyatları | product_price
    f | selam iphone 15 fiyatı | product_price
    l | fiyatı ne kadar | product_price
    l | fiyatı | product_price
    l | kaç tl | product_price
    l | ne kadar | product_price
    l | ikincisinin fiyatı ne | product_price
    l | ilkinin fiyatı | product_price
    l | üçüncüsü kaça | product_price
    l | sonuncusunun fiyatı | product_price
    l | fiyati ne kadar | product_price
    l | FİYATI NE KADAR | product_price
    l | fiyatı nedir | product_price
    o | fiyatı ne kadar | product_price
    l | stokta var mı | product_stock
    l | stokta mı | product_stock
    l | M bedeni var mı | product_stock
    f | iphone 15 pro stokta var mı | product_stock
    f | jbl tune 720bt stokta mı | product_stock
    f | loafer ayakkabı 38 numara var mı | product_stock
    l | 38 numara var mı | product_stock
    l | L beden var mı | product_stock
    l | ikincisi stokta var mı | product_stock
    l | tükendi mi | product_stock
    l | stok durumu nedir | product_stock
    f | beyaz sneaker 38 numara var mı | product_stock
    l | xl beden var mı | product_stock
    l | stoklarda var mı | product_stock
    l | stokta kaldı mı | product_stock
    l | ilkinin bedenleri neler | product_stock
    l | hangi bedenler var | product_stock
    l | daha ucuzu var mı | product_search
    l | ilkinin stoğu var mı | product_stock
    l | 2. ürünün fiyatı ne | product_price
    l | son ürünün fiyatı | product_price
    l | 3'üncüsü kaç tl | product_price
    f | bugün hava nasıl olacak | unknown
    f | dolar kaç tl | unknown
    f | sen kimsin | unknown
    f | hayatın anlamı ne | unknown
    f | en yakın eczane nerede | unknown
    f | yarın yağmur yağacak mı | unknown
    f | türkiyenin başkenti neresi | unknown
    f | canım sıkılıyor | unknown
    f | bugün günlerden ne | unknown
    f | kargo mu taksit mi | unknown
    f | indirim var mı | unknown
    f | kampanya var mı | unknown
    f | yetkili satıcı mısınız | unknown
    f | müşteri hizmetlerine bağlanmak istiyorum | human_handoff
    f | ayakkabı numaram uymadı ne yapmalıyım | returns
    f | elbise küçük geldi | returns
    f | merhaba yarın için hava tahmini ne olacak | unknown
    f | iyi bir espri nasıl olur | unknown
    f | müzik çal | unknown
    f | ışıkları kapat | unknown
    f | alarmlarımı göster | unknown
    i | iyi günler dilerim | farewell
    i | peki o zaman | acknowledgment
    """

    struct Row {
        var context: Character
        var utterance: String
        var intent: String
    }

    static var parsed: [Row] {
        rows.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3, let c = parts[0].first else { return nil }
            return Row(context: c, utterance: parts[1], intent: parts[2])
        }
    }
}
