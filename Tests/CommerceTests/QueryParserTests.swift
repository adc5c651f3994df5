import Testing
@testable import Commerce

@Suite struct QueryParserTests {
    @Test(arguments: [
        ("5000 TL altı kulaklık", "kulaklık", nil, 5000.0),
        ("10 bin TL'den ucuz telefon", "telefon", nil, 10_000),
        ("2000 TL'ye kadar kulaklık", "kulaklık", nil, 2000),
        ("20000 ile 30000 TL arası laptop", "laptop", 20_000, 30_000),
        ("15 bin ile 25 bin arası monitör", "monitör", 15_000, 25_000),
        ("1.500 TL üstü kulaklık", "kulaklık", 1500, nil),
        ("en fazla 3000 lira saat", "saat", nil, 3000),
        ("3000 liradan pahalı telefon", "telefon", 3000, nil),
        ("lacivert elbise 500 tl altı", "elbise", nil, 500),
        ("1.149,90 TL altında tıraş makinesi", "tıraş makinesi", nil, 1149.9),
    ] as [(String, String, Double?, Double?)])
    func priceFilters(sentence: String, text: String, min: Double?, max: Double?) {
        let q = QueryParser.parse(sentence)
        #expect(q.text == text)
        #expect(q.priceMin == min)
        #expect(q.priceMax == max)
        #expect(q.hasFilters)
    }

    @Test func sorts() {
        #expect(QueryParser.parse("en ucuz oled televizyon").sort == .priceAscending)
        #expect(QueryParser.parse("en ucuz oled televizyon").text == "oled televizyon")
        #expect(QueryParser.parse("en pahalı akıllı saat").sort == .priceDescending)
        #expect(QueryParser.parse("en uygun fiyatlı laptop") == ProductQuery(text: "laptop", sort: .priceAscending))
        let follow = QueryParser.parse("en ucuzu hangisi")
        #expect(follow.sort == .priceAscending && follow.text.isEmpty)
        #expect(QueryParser.parse("iphone 15").sort == .relevance)
    }

    @Test(arguments: [
        ("iphone 15 fiyatı", "iphone 15"),
        ("kulaklığınız var mı", "kulaklığınız"),
        ("jbl kulaklık bakıyorum", "jbl kulaklık"),
        ("çamaşır makinesi satıyor musunuz", "çamaşır makinesi"),
        ("galaxy s24'ün fiyatı", "galaxy s24"),
        ("airpods pro fiyatı ne kadar", "airpods pro"),
        ("iphone 13 kaç tl", "iphone 13"),
        ("macbook air var mı", "macbook air"),
        ("laptop arıyorum acaba önerebilir misiniz", "laptop"),
        ("buzdolabı varmı", "buzdolabı"),
        ("merhaba, epson yazıcı satıyormusunuz", "epson yazıcı"),
        ("fiyatı ne kadar", ""),
    ])
    func dropsWordsThatNeverNameProducts(sentence: String, text: String) {
        #expect(QueryParser.parse(sentence).text == text)
    }

    @Test func coloursAndSizes() {
        let a = QueryParser.parse("iphone 17 256 gb beyaz stokta var mı")
        #expect(a.text == "iphone 17 256 gb" && a.colour == "beyaz")
        let b = QueryParser.parse("loafer ayakkabı 38 numara var mı")
        #expect(b.text == "loafer ayakkabı" && b.size == "38")
        let c = QueryParser.parse("M beden siyah tişört")
        #expect(c.text == "tişört" && c.size == "M" && c.colour == "siyah")
        let d = QueryParser.parse("M bedeni var mı")
        #expect(d.text.isEmpty && d.size == "M")
        let e = QueryParser.parse("kırmızısı var mı")
        #expect(e.colour == "kirmizi" && e.text.isEmpty)
        let f = QueryParser.parse("açık mavi gömlek")
        #expect(f.colour == "mavi" && f.text == "gömlek")
        // A cream is not a colour when inflected as a noun.
        #expect(QueryParser.parse("güneş kremi").colour == nil)
        // Numbers that are not prices stay product words.
        #expect(QueryParser.parse("55 inç televizyon").text == "55 inç televizyon")
    }

    @Test func turkishNumbers() {
        #expect(QueryLexer.number("1.149,90") == 1149.9)
        #expect(QueryLexer.number("5.000") == 5000)
        #expect(QueryLexer.number("15.6") == 15.6)
        #expect(QueryLexer.number("15,6") == 15.6)
        #expect(QueryLexer.number("abc") == nil)
    }
}
