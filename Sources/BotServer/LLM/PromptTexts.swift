/// The Turkish wording of the prompt and of the LLM fallback answer, kept in one table.
struct PromptTexts: Sendable {
    var role: String
    var rules: [String]
    var instructionsHeading: String
    var policiesHeading: String
    var policyLabels: [(key: PolicyKey, label: String)]
    var faqHeading: String
    var productsHeading: String
    var noProducts: String
    var inStock: String
    var outOfStock: String
    var stockCount: String
    var contactsHeading: String
    var contactLabels: (phone: String, whatsapp: String, email: String)
    /// The answer when no LLM can answer; `{contacts}` becomes the shop's handoff channels.
    var fallbackWithContacts: String
    var fallbackWithoutContacts: String

    enum PolicyKey: Sendable { case shipping, returns, payment, orderStatus, contact, workingHours }

    /// The wording used for every shop.
    static let turkish = PromptTexts(
        role: "Sen {shop} adlı online mağazanın müşteri destek asistanısın.",
        rules: [
            "Her zaman Türkçe, kısa (en fazla 3-4 cümle) ve kibar cevap ver.",
            "Yalnızca aşağıdaki mağaza bilgilerine ve ürün listesine dayan; bilmediğin bir şeyi uydurma.",
            "Fiyat, stok, kargo süresi veya kampanya bilgisi uydurma; listede yoksa bilmediğini söyle.",
            "Emin olmadığında müşteriyi aşağıdaki iletişim kanallarına yönlendir.",
            "Müşteriden kimlik numarası, kart veya IBAN bilgisi isteme.",
        ],
        instructionsHeading: "Mağazanın talimatları:",
        policiesHeading: "Mağaza politikaları:",
        policyLabels: [
            (.shipping, "Kargo"), (.returns, "İade"), (.payment, "Ödeme"),
            (.orderStatus, "Sipariş durumu"), (.contact, "İletişim"), (.workingHours, "Çalışma saatleri"),
        ],
        faqHeading: "Sık sorulan sorular:",
        productsHeading: "İlgili ürünler (fiyat ve stok yalnızca buradaki gibi):",
        noProducts: "Bu soruyla ilgili katalogda ürün bulunamadı.",
        inStock: "stokta var",
        outOfStock: "stokta yok",
        stockCount: "{n} adet",
        contactsHeading: "İletişim kanalları:",
        contactLabels: (phone: "Telefon", whatsapp: "WhatsApp", email: "E-posta"),
        fallbackWithContacts: "Üzgünüm, bu sorunuza şu anda cevap veremiyorum. Müşteri temsilcilerimiz size yardımcı olabilir: {contacts}.",
        fallbackWithoutContacts: "Üzgünüm, bu sorunuza şu anda cevap veremiyorum. Lütfen daha sonra tekrar deneyin."
    )
}
