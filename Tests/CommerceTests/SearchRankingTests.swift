import Foundation
import Testing
@testable import Commerce
import TurkishText

/// Ranking on the real demo catalogues, beyond the shared dialogue cases.
@Suite struct ElectronicsRankingTests {
    let index = DemoShops.electronics

    @Test(arguments: [
        ("kulakılk", "Kulaklık"), ("telfon", "Cep Telefonu"), ("samsng televizyon", "Televizyon"),
        ("lenova laptop", "Dizüstü Bilgisayar"), ("monitr", "Monitör"), ("yazici", "Yazıcı"),
    ])
    func oneEditTypos(sentence: String, category: String) {
        #expect(index.top(sentence)?.category == category, "\(sentence)")
    }

    @Test func twoEditTypos() {
        // "plyastaton": a transposition and a missing letter; "televiyzn": a transposition and a missing letter.
        let console = index.top("plyastaton 5")
        #expect(console?.category == "Oyun Konsolu")
        let consoleName = DemoShops.fold(console?.name)
        #expect(consoleName.contains("playstation"))
        #expect(index.top("televiyzn")?.category == "Televizyon")
        #expect(index.top("macbok air").map { DemoShops.fold($0.name).contains("macbook air") } == true)
    }

    @Test(arguments: [
        ("akilli saat", "Akıllı Saat"), ("dizustu bilgisayar", "Dizüstü Bilgisayar"), ("yazici", "Yazıcı"),
        ("KULAKLIK", "Kulaklık"), ("SAMSUNG TELEVİZYON", "Televizyon"), ("OYUN KONSOLU", "Oyun Konsolu"),
        ("monitörler", "Monitör"), ("telefonlarınız", "Cep Telefonu"), ("laptoplar", "Dizüstü Bilgisayar"),
        ("yazıcılarınız var mı", "Yazıcı"), ("kulaklığı", "Kulaklık"),
    ])
    func asciiCapitalsAndSuffixes(sentence: String, category: String) {
        #expect(index.top(sentence)?.category == category, "\(sentence)")
    }

    @Test func modelCodesMatchExactly() {
        for code in ["82XB009GTX", "L3252", "MW0W3TU/A"] {
            let top = index.top(code)
            #expect(top.map { DemoShops.fold($0.name).contains(DemoShops.fold(code)) } == true, "\(code)")
            #expect((index.ask(code).hits.first?.factors["code"] ?? 0) == 1, "\(code)")
        }
        // An unknown code finds nothing rather than something similar.
        #expect(index.ask("82XB999ZZZ").hits.isEmpty)
    }

    @Test func numbersWithUnits() {
        // The catalogue writes 65" and 256 GB; customers write "65 inç" and "256gb".
        let tv = index.ask("65 inç televizyon", limit: 5).hits
        #expect(tv.count == 5 && tv.allSatisfy { $0.product.category == "Televizyon" && $0.product.name.contains("65") })
        let phone = index.top("iphone 17 256gb")
        #expect(phone.map { DemoShops.fold($0.name).contains("iphone 17") && $0.name.contains("256") } == true)
        // An amount is not a model code: "256gb" alone does not pull in unrelated phones.
        #expect(index.ask("iphone 17 256gb", limit: 20).hits.allSatisfy { DemoShops.fold($0.product.name).contains("iphone") })
    }

    @Test func priceFiltersAndSorts() {
        let cheap = index.ask("5000 TL altı kulaklık", limit: 50)
        #expect(!cheap.hits.isEmpty && cheap.hits.allSatisfy { $0.product.price <= 5000 })
        let range = index.ask("20000 ile 30000 TL arası laptop", limit: 50)
        #expect(!range.hits.isEmpty && range.hits.allSatisfy { (20_000...30_000).contains($0.product.price) })
        #expect(range.hits.allSatisfy { $0.product.category == "Dizüstü Bilgisayar" })
        let ascending = index.ask("en ucuz oled televizyon", limit: 20).hits.map(\.product.price)
        #expect(ascending == ascending.sorted() && !ascending.isEmpty)
        let descending = index.ask("en pahalı akıllı saat", limit: 20).hits
        #expect(descending.map(\.product.price) == descending.map(\.product.price).sorted(by: >))
        #expect(descending.first?.product.category == "Akıllı Saat")
        // Sorting by price keeps to the kind asked for: no watch bands among the cheapest watches.
        #expect(index.ask("en ucuz akıllı saat", limit: 5).hits.allSatisfy { $0.product.category == "Akıllı Saat" && $0.factors["head"]! >= 0 })
    }

    @Test(arguments: ["buzdolabı var mı", "çamaşır makinesi satıyor musunuz", "bulaşık makinesi", "elbise", "kot pantolon", "kahve makinesi"])
    func nothingFoundWhenKeyTermsAreNotCovered(sentence: String) {
        let result = index.ask(sentence)
        #expect(result.hits.isEmpty, "\(sentence): \(result.hits.first?.product.name ?? "")")
        #expect(result.totalMatches == 0)
    }

    @Test func headNounSense() {
        // Consoles before games, controllers and stands.
        let consoles = index.ask("playstation 5", limit: 3).hits
        #expect(consoles.allSatisfy { DemoShops.fold($0.product.name).contains("konsol") || $0.factors["head"] == 0 })
        #expect(index.top("iphone")?.category == "Cep Telefonu")
        #expect(index.top("telefon")?.category == "Cep Telefonu")
        // Apple's own AirPods before "AirPods uyumlu" look-alikes.
        #expect(index.top("airpods")?.brand == "Apple")
    }

    @Test func rareWordsWeighMoreThanTheShopsEverydayWords() {
        let terms = index.analyse("airpods kulaklık").terms
        let airpods = terms.first { $0.text == "airpods" }!, headphones = terms.first { $0.isKind }!
        #expect(airpods.weight > 2 * headphones.weight)
    }

    @Test func outOfStockStillFoundByName() {
        let top = index.top("Jbl Tune 720BT")
        #expect(top?.id == "N11-39778565")
        #expect(top?.inStock == false)
        let alternatives = index.alternatives(to: top!, limit: 3)
        #expect(alternatives.count == 3)
        #expect(alternatives.allSatisfy { $0.inStock && $0.category == "Kulaklık" && $0.id != top!.id })
    }

    @Test func totalMatchesCountsRealMatchesOnly() {
        let r = index.ask("iphone 15", limit: 1)
        let expected = index.products.filter { DemoShops.fold($0.name).contains("iphone 15") }.count
        #expect(r.totalMatches == expected)
        #expect(r.hits.count == 1)
        #expect(index.ask("airpods pro").totalMatches < 20)
    }

    @Test func productTerms() {
        #expect(index.isProductTerm("kulaklik"))
        #expect(index.isProductTerm("lenovo"))
        #expect(index.isProductTerm("telefonu"))
        #expect(!index.isProductTerm("teslimat"))
        #expect(!index.isProductTerm("buzdolabi"))
    }

    @Test func searchIsSafeFromManyThreads() async {
        let index = self.index
        let counts = await withTaskGroup(of: Int.self) { group in
            for q in ["kulaklık", "lenovo laptop", "iphone 15", "oled tv", "kulakılk", "epson yazıcı"] {
                for _ in 0..<8 { group.addTask { index.ask(q).totalMatches } }
            }
            var all: [Int] = []
            for await c in group { all.append(c) }
            return all
        }
        #expect(counts.count == 48 && counts.allSatisfy { $0 > 0 })
    }
}

@Suite struct FashionRankingTests {
    let index = DemoShops.fashion

    @Test func coloursFilterWithoutBeatingTheHeadNoun() {
        let hits = index.ask("lacivert elbise", limit: 10).hits
        #expect(!hits.isEmpty && hits.allSatisfy { $0.product.category == "Elbise" })
        let firstName = DemoShops.fold(hits.first?.product.name)
        #expect(firstName.contains("lacivert") || index.colours(of: hits[0].product).contains("lacivert"))
        // A colour nobody has is let go and said so, rather than showing nothing.
        let relaxed = index.ask("turkuaz ceket")
        #expect(relaxed.relaxed == ["colour"] && relaxed.hits.allSatisfy { $0.product.category == "Ceket" })
    }

    @Test func sizesAgainstVariants() {
        let hits = index.ask("loafer ayakkabı 38 numara var mı", limit: 5).hits
        #expect(!hits.isEmpty)
        for h in hits { #expect(h.product.hasSize("38") && DemoShops.fold(h.product.name).contains("loafer")) }
        let top = hits[0].product
        #expect(top.stock(forSize: "38") != nil)
        #expect(top.stock(forSize: "99") == nil)
        let shirt = index.product(id: "TY-46363376")!
        #expect(shirt.stock(forSize: "M") == 0)
        #expect(shirt.stock(forSize: "m") == 0)
        #expect(shirt.stock(forSize: "XL") == 9)
        #expect(!shirt.sizesInStock.contains("M"))
    }

    @Test(arguments: [
        ("tisort", "Tişört"), ("TİŞÖRT", "Tişört"), ("t-shirt", "Tişört"), ("elbiseleriniz", "Elbise"),
        ("ceketler", "Ceket"), ("ayakkabılarınız", "Ayakkabı"), ("elbse", "Elbise"),
    ])
    func kindsInAnyForm(sentence: String, category: String) {
        #expect(index.top(sentence)?.category == category, "\(sentence)")
    }

    @Test func unknownDescriptionsGiveNearestResultsOfTheKind() {
        let r = index.ask("yazlık elbise")
        #expect(r.relaxed == ["words"] && !r.hits.isEmpty && r.hits.allSatisfy { $0.product.category == "Elbise" })
        // Without a kind the description alone finds nothing.
        #expect(index.ask("yazlık").hits.isEmpty)
    }

    @Test func electronicsAreNotSoldHere() {
        #expect(index.ask("playstation 5").hits.isEmpty)
        #expect(index.ask("kulaklık").hits.isEmpty)
    }
}

/// A shop without categories (the Hepsiburada export): ranking must work from names alone.
@Suite struct UncategorisedShopTests {
    static let index: ProductIndex = {
        let file = ImportTests.data.appendingPathComponent("hepsiburada-products/hepsiburada_products.csv")
        let csv = try! String(contentsOf: file, encoding: .utf8)
        let report = try! CatalogueImporter(businessID: "hepsi").importCSV(csv)
        return ProductIndex(products: report.catalogue.products)
    }()

    @Test(arguments: [
        ("bebek bezi 4 numara", "bebek bezi"), ("güneş kremi", "güneş kremi"), ("diş macunu", "diş macunu"),
        ("şampuan", "şampuan"), ("kablosuz mouse", "mouse"), ("sıvı çamaşır deterjanı", "deterjan"),
        ("bebek bezleri", "bebek bezi"), ("GÜNES KREMİ", "güneş kremi"), ("sampuan", "şampuan"),
    ])
    func namesAlone(sentence: String, nameHas: String) {
        let top = Self.index.top(sentence)
        let name = DemoShops.fold(top?.name)
        #expect(name.contains(DemoShops.fold(nameHas)), "\(sentence): \(top?.name ?? "nothing")")
    }

    @Test func accessoriesRankBelowTheThingItself() {
        // "Kulaklık Pedi" and splitter cables are for headphones; a headphone should come first.
        let top = Self.index.top("kulaklık")
        #expect(top.map { !DemoShops.fold($0.name).contains("pedi") && !DemoShops.fold($0.name).contains("kablo") } == true, "\(top?.name ?? "")")
    }
}

/// A tiny handmade shop for head-noun cases the demo data does not have.
@Suite struct HeadNounTests {
    let index = ProductIndex(products: [
        Product(id: "1", name: "Apple iPhone 15 128 GB Siyah", price: 45_000, stock: 3),
        Product(id: "2", name: "iPhone 15 Uyumlu Şeffaf Silikon Kılıf", price: 150, stock: 40),
        Product(id: "3", name: "iPhone 15 Kılıfı Deri Görünümlü", price: 250, stock: 10),
        Product(id: "4", name: "Araç İçi Telefon Tutucu", price: 300, stock: 5),
        Product(id: "5", name: "Samsung Galaxy S24 Akıllı Telefon", price: 40_000, stock: 0),
        Product(id: "6", name: "Samsung Galaxy S24 Ekran Koruyucu Temperli Cam", price: 120, stock: 9),
    ])

    @Test func thingBeforeItsAccessories() {
        #expect(index.top("iphone")?.id == "1")
        #expect(index.top("iphone 15")?.id == "1")
        #expect(index.top("galaxy s24")?.id == "5")  // out of stock, still first when asked by name
    }

    @Test func accessoriesWhenAskedFor() {
        #expect(["2", "3"].contains(index.top("iphone kılıfı")?.id ?? ""))
        #expect(index.top("galaxy s24 ekran koruyucu")?.id == "6")
        #expect(index.top("telefon tutucu")?.id == "4")
    }

    @Test func kindNounPrefersTheKind() {
        #expect(index.top("telefon")?.id == "5")
    }
}

/// A typo is corrected the same way in every process and on every instance: ties never depend on
/// the order in which the index happened to number its words.
@Suite struct TypoTieTests {
    private func index(_ names: [String]) -> ProductIndex {
        ProductIndex(products: names.enumerated().map { Product(id: "\($0.offset)", name: "Deneme \($0.element)", price: 10, stock: 1) })
    }

    @Test(arguments: [["Lamba", "Lambri"], ["Lambri", "Lamba"]])
    func theWordKeepingMoreOfTheTypedStartWins(names: [String]) {
        // "lambr" is one edit from both; people slip late in a word more than early.
        #expect(index(names).correction(for: "lambr")?.word == "lambri")
    }

    @Test(arguments: [["Kalım", "Kalem"], ["Kalem", "Kalım"]])
    func fullTiesGoToTheAlphabeticallyFirst(names: [String]) {
        #expect(index(names).correction(for: "kalam")?.word == "kalem")
    }

    @Test func aCommonerWordStillWins() {
        #expect(index(["Kalım", "Kalım Mavi", "Kalem"]).correction(for: "kalam")?.word == "kalim")
    }
}

/// A catalogue word at the start of a query word is its base only when the rest is a Turkish ending.
@Suite struct InflectionBaseTests {
    @Test func aMisspeltWordIsNotABaseWithAnEnding() {
        // "ayakabı" is a misspelt "ayakkabı", not "ayak" + "abı": no barcode-reader stand for it.
        #expect(DemoShops.electronics.ask("ayakabı").hits.isEmpty)
        #expect(DemoShops.fashion.ask("ayakabı").totalMatches == DemoShops.fashion.ask("ayakkabı").totalMatches)
        // "kulakılk" is a misspelt "kulaklık", not "kulak" + "ılk".
        let top = DemoShops.fold(DemoShops.electronics.top("kulakılk")?.name)
        #expect(top.contains("kulaklik"), "\(top)")
    }

    @Test func wordsThatOnlyStartLikeAProductAreNotProductTerms() {
        for word in ["kargo", "ödeme", "müşteri"] { #expect(!DemoShops.electronics.isProductTerm(word), "\(word)") }
        for word in ["kulaklığınız", "telefonlar", "laptopu"] { #expect(DemoShops.electronics.isProductTerm(word), "\(word)") }
    }
}
