import Commerce
import Foundation
@testable import IntentEngine

/// A small mixed shop (phones, headphones, laptops, clothes) whose answers the tests can predict.
enum FixtureShop {
    static func sizes(_ id: String, _ stock: [(String, Int)]) -> [ProductVariant] {
        stock.map { ProductVariant(sku: "\(id)-\($0.0)", attributes: ["beden": $0.0], stock: $0.1) }
    }

    static let products: [Product] = [
        Product(id: "P1", name: "Apple iPhone 15 128 GB Siyah Cep Telefonu", price: 46392.95, stock: 5, category: "Cep Telefonu", brand: "Apple", url: "https://shop.example/p1"),
        Product(id: "P2", name: "Apple iPhone 15 Pro 256 GB Cep Telefonu", price: 64999, stock: 0, category: "Cep Telefonu", brand: "Apple", url: "https://shop.example/p2"),
        Product(id: "P3", name: "Samsung Galaxy S24 256 GB Cep Telefonu", price: 38999.5, stock: 3, category: "Cep Telefonu", brand: "Samsung"),
        Product(id: "P4", name: "Xiaomi Redmi Note 14 Pro Cep Telefonu", price: 14999, stock: 10, category: "Cep Telefonu", brand: "Xiaomi"),
        Product(id: "P5", name: "JBL Tune 720BT Bluetooth Kulaklık", price: 2499.9, stock: 0, category: "Kulaklık", brand: "JBL"),
        Product(id: "P6", name: "JBL Tune 520BT Bluetooth Kulaklık", price: 1799, stock: 12, category: "Kulaklık", brand: "JBL"),
        Product(id: "P7", name: "Sony WH-1000XM5 Bluetooth Kulaklık", price: 12999, stock: 4, category: "Kulaklık", brand: "Sony"),
        Product(id: "P8", name: "Apple AirPods Pro 2 Kulaklık", price: 8999, stock: 7, category: "Kulaklık", brand: "Apple"),
        Product(id: "P9", name: "Lenovo IdeaPad Slim 3 Laptop Dizüstü Bilgisayar", price: 18999, stock: 6, category: "Dizüstü Bilgisayar", brand: "Lenovo"),
        Product(id: "P10", name: "Asus Vivobook 15 Laptop Dizüstü Bilgisayar", price: 21999, stock: 2, category: "Dizüstü Bilgisayar", brand: "Asus"),
        Product(id: "P11", name: "Siyah V Yaka Uzun Kollu Tişört", price: 145.99, stock: 31, category: "Tişört", brand: "Moda",
                variants: sizes("P11", [("XS", 3), ("S", 13), ("M", 0), ("L", 6), ("XL", 9)])),
        Product(id: "P12", name: "Kırmızı Midi Boy Elbise", price: 499.9, stock: 8, category: "Elbise", brand: "Moda",
                variants: sizes("P12", [("S", 2), ("M", 4), ("L", 2)])),
        Product(id: "P13", name: "Siyah Deri Ceket", price: 1299, stock: 0, category: "Ceket", brand: "Moda",
                variants: sizes("P13", [("S", 0), ("M", 0)])),
        Product(id: "P14", name: "Beyaz Sneaker Ayakkabı", price: 899, stock: 9, category: "Ayakkabı", brand: "Moda",
                variants: sizes("P14", [("37", 4), ("38", 0), ("39", 5)])),
        Product(id: "P15", name: "Lacivert Kısa Elbise", price: 349, stock: 4, category: "Elbise", brand: "Moda"),
        Product(id: "P16", name: "Bej Deri Ceket", price: 1499, stock: 3, category: "Ceket", brand: "Moda"),
    ]

    static let config = BusinessConfig(
        businessID: "fixture", name: "Deneme Mağazası", greeting: "Merhaba, Deneme Mağazası'na hoş geldiniz!",
        policies: Policies(
            shipping: "Siparişler 1-2 iş günü içinde kargoya verilir. 750 TL üzeri kargo ücretsizdir.",
            returns: "Ürünü 15 gün içinde iade edebilir veya değiştirebilirsiniz.",
            payment: "Kredi kartına 9 aya kadar taksit yapılır; kapıda ödeme de vardır.",
            orderStatus: "Siparişinizi Hesabım > Siparişlerim sayfasından takip edebilirsiniz.",
            contact: "Bize 0850 000 00 00 numarasından ulaşabilirsiniz.",
            workingHours: "hafta içi 09:00-18:00"),
        faq: [
            FAQEntry(q: "Ürünleriniz garantili mi?", a: "Tüm ürünlerimiz 2 yıl garantilidir."),
            FAQEntry(q: "Faturalı satış yapıyor musunuz?", a: "Evet, her siparişe e-fatura düzenlenir."),
            FAQEntry(q: "Beden tablosu nerede?", a: "Beden tablosu her ürün sayfasında bulunur."),
            FAQEntry(q: "Hediye paketi yapıyor musunuz?", a: "Evet, sipariş notuna yazmanız yeterli; hediye paketi ücretsizdir."),
            FAQEntry(q: "iPhone'lar garantili mi?", a: "iPhone'lar Apple Türkiye garantilidir."),
        ],
        handoff: Handoff(phone: "0850 000 00 00", whatsapp: "+90 555 000 00 00", email: "destek@deneme.example"),
        llm: LLMSettings(enabled: true))

    static let shop = Shop(config: config, catalogue: Catalogue(businessID: "fixture", products: products))

    static func engine(settings: ConversationSettings = ConversationSettings()) -> ConversationEngine {
        engine { $0.conversation = settings }
    }

    /// An engine for the fixture shop with its configuration changed by `change`.
    static func engine(changing change: (inout BusinessConfig) -> Void) -> ConversationEngine {
        var c = config
        change(&c)
        return ConversationEngine(shop: Shop(config: c, catalogue: Catalogue(businessID: "fixture", products: products)))
    }

    /// A state after the bot showed `ids` for `query` (and, if `offer`, offered more).
    static func afterList(_ ids: [String] = ["P1", "P3", "P4"], query: String = "telefon", offer: Bool = false) -> ConversationState {
        var s = ConversationState(turns: 2, lastActive: Date(timeIntervalSince1970: 1_800_000_000), shownProductIDs: ids,
                                  focusProductID: ids.first, lastQuery: ProductQuery(text: query), nextOffset: ids.count)
        if offer { s.pendingOffer = PendingOffer(kind: .moreResults, query: ProductQuery(text: query), offset: ids.count, expiresAfterTurn: 7) }
        return s
    }

    /// A state after plain information (no offer, no list).
    static let afterInfo = ConversationState(turns: 2, lastActive: Date(timeIntervalSince1970: 1_800_000_000))
    static let now = Date(timeIntervalSince1970: 1_800_000_060)
}
