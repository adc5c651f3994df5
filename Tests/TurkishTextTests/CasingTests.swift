import Testing
@testable import TurkishText

@Suite struct CasingTests {
    /// (text, Turkish lowercase, Turkish uppercase, key)
    static let table: [(String, String, String, String)] = [
        ("İSTANBUL", "istanbul", "İSTANBUL", "istanbul"),
        ("IĞDIR", "ığdır", "IĞDIR", "igdir"),
        ("KILIFI", "kılıfı", "KILIFI", "kilifi"),
        ("İPHONE", "iphone", "İPHONE", "iphone"),
        ("iPhone", "iphone", "İPHONE", "iphone"),
        ("Irmak", "ırmak", "IRMAK", "irmak"),
        ("ılık", "ılık", "ILIK", "ilik"),
        ("istanbul", "istanbul", "İSTANBUL", "istanbul"),
        ("SIRA", "sıra", "SIRA", "sira"),
        ("ÇATI", "çatı", "ÇATI", "cati"),
        ("KALDI", "kaldı", "KALDI", "kaldi"),
        ("İİİ", "iii", "İİİ", "iii"),
        ("III", "ııı", "III", "iii"),
        ("Iİıi", "ıiıi", "IİIİ", "iiii"),
        ("iıİI", "iıiı", "İIİI", "iiii"),
        ("PHILIPS", "phılıps", "PHILIPS", "philips"),
        ("XİAOMİ", "xiaomi", "XİAOMİ", "xiaomi"),
        ("Xiaomi", "xiaomi", "XİAOMİ", "xiaomi"),
        ("JBL", "jbl", "JBL", "jbl"),
        ("LG OLED", "lg oled", "LG OLED", "lg oled"),
        ("ŞİŞLİ", "şişli", "ŞİŞLİ", "sisli"),
        ("ÜTÜ", "ütü", "ÜTÜ", "utu"),
        ("GÖMLEK", "gömlek", "GÖMLEK", "gomlek"),
        ("ağaç", "ağaç", "AĞAÇ", "agac"),
        ("KÂĞIT", "kâğıt", "KÂĞIT", "kagit"),
        ("Işık", "ışık", "IŞIK", "isik"),
        ("İnci", "inci", "İNCİ", "inci"),
        ("MacBook Air", "macbook air", "MACBOOK AİR", "macbook air"),
        ("", "", "", ""),
        ("123", "123", "123", "123"),
    ]

    @Test(arguments: table.indices)
    func turkishCaseMapping(_ i: Int) {
        let (text, lower, upper, key) = Self.table[i]
        #expect(TurkishCase.lowercased(text) == lower)
        #expect(TurkishCase.uppercased(text) == upper)
        #expect(Folding.key(text) == key)
    }

    @Test func dottedCapitalIAsTwoScalarsFoldsToPlainI() {
        // "İ" written as I + U+0307 (what root-locale lowercasing produces) must not leave the dot in keys.
        #expect(Folding.key("I\u{0307}STANBUL") == "istanbul")
        #expect(Folding.key("i\u{0307}phone") == "iphone")
        #expect(!Folding.key("İİ I\u{0307} i\u{0307}").unicodeScalars.contains("\u{0307}"))
    }

    @Test func compatibilityForms() {
        #expect(TurkishCase.nfkc("ﬁyat") == "fiyat")
        #expect(Folding.key("ﬁyat") == "fiyat")
        #expect(Folding.key("１２３") == "123")
        #expect(Folding.key("Ｓ２４ Ultra") == "s24 ultra")
        #expect(TurkishCase.lowercased("ＩＳＴＡＮＢＵＬ") == "ıstanbul")
    }
}
