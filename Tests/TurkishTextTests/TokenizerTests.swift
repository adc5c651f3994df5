import Foundation
import Testing
@testable import TurkishText

@Suite struct TokenizerTests {
    @Test func apostropheSuffixesAreSplitOff() {
        let cases: [(String, String, String, String, Token.Kind)] = [
            // text, written main part, key, suffix, kind
            ("iPhone'un", "iPhone", "iphone", "un", .word),
            ("S24’ün", "S24", "s24", "un", .alphanumeric),
            ("3'te", "3", "3", "te", .number),
            ("Samsung’a", "Samsung", "samsung", "a", .word),
            ("İstanbul'dan", "İstanbul", "istanbul", "dan", .word),
            ("IPHONE'UN", "IPHONE", "iphone", "un", .word),
            ("2024ʼte", "2024", "2024", "te", .number),
            ("Apple‘ın", "Apple", "apple", "in", .word),
        ]
        for (input, text, key, suffix, kind) in cases {
            let tokens = Tokenizer.tokens(input)
            #expect(tokens.count == 1, "\(input): \(tokens)")
            #expect(tokens.first?.text == text)
            #expect(tokens.first?.key == key)
            #expect(tokens.first?.apostropheSuffix == suffix)
            #expect(tokens.first?.kind == kind)
        }
        #expect(Tokenizer.tokens("galaxy s24'ün kılıfı").map(\.key) == ["galaxy", "s24", "kilifi"])
        // An apostrophe with nothing after it is punctuation.
        #expect(Tokenizer.tokens("'kargo' ne zaman'").map(\.key) == ["kargo", "ne", "zaman"])
        #expect(Tokenizer.tokens("kargo'").first?.apostropheSuffix == nil)
    }

    @Test func numbersWithTurkishSeparators() {
        func number(_ s: String) -> Double? { Tokenizer.tokens(s).first?.number }
        #expect(number("5.000") == 5000)
        #expect(number("2.500.000") == 2_500_000)
        #expect(number("15,6") == 15.6)
        #expect(number("1.149,90") == 1149.9)
        #expect(number("1,5") == 1.5)
        #expect(number("15.6") == 15.6)
        #expect(number("0,99") == 0.99)
        #expect(number("1,149.90") == 1149.9)
        #expect(number("42") == 42)
        #expect(Tokenizer.tokens("1.2.3").first?.number == nil)
        #expect(Tokenizer.tokens("5.000").first?.kind == .number)
    }

    @Test func pricesUnitsAndModelCodes() {
        let price = Tokenizer.tokens("5.000 TL")
        #expect(price.map(\.kind) == [.number, .word])
        #expect(price.map(\.key) == ["5.000", "tl"])
        #expect(price[0].number == 5000)

        let bin = Tokenizer.tokens("10 bin liraya kadar")
        #expect(bin.map(\.key) == ["10", "bin", "liraya", "kadar"])
        #expect(bin[0].number == 10 && bin[0].kind == .number)

        let screen = Tokenizer.tokens("15,6\" ekran")
        #expect(screen.map(\.key) == ["15,6", "ekran"])
        #expect(screen[0].number == 15.6 && screen[0].unit == "inc")
        #expect(Tokenizer.tokens("15.6\" W11H")[0].unit == "inc")
        #expect(Tokenizer.tokens("27″ monitör")[0].unit == "inc")
        let lira = Tokenizer.tokens("1.499,90₺ ve 200 €")
        #expect(lira.map(\.key) == ["1.499,90", "ve", "200"])
        #expect(lira[0].number == 1499.9 && lira[0].unit == "tl" && lira[2].unit == nil)

        let storage = Tokenizer.tokens("256GB")
        #expect(storage.count == 1)
        #expect(storage[0].kind == .alphanumeric && storage[0].key == "256gb")
        #expect(storage[0].number == 256 && storage[0].unit == "gb")
        #expect(Tokenizer.tokens("5.000TL")[0].number == 5000)

        let gpu = Tokenizer.tokens("RTX4060")
        #expect(gpu.map(\.key) == ["rtx4060"] && gpu[0].kind == .alphanumeric && gpu[0].number == nil)
        #expect(Tokenizer.tokens("82XB009GTX N100").map(\.key) == ["82xb009gtx", "n100"])
        #expect(Tokenizer.tokens("MW0W3TU/A").map(\.key) == ["mw0w3tu", "a"])
        #expect(Tokenizer.tokens("%100 Pamuk").map(\.key) == ["100", "pamuk"])
        #expect(Tokenizer.tokens("T-Shirt").map(\.key) == ["t", "shirt"])
    }

    @Test func emptyAndPunctuationOnly() {
        #expect(Tokenizer.tokens("").isEmpty)
        #expect(Tokenizer.tokens("   ").isEmpty)
        #expect(Tokenizer.tokens("?!.,;:'\"-").isEmpty)
    }

    @Test func fastPathMatchesICUWordBreak() throws {
        var samples = [
            "Lenovo IdeaPad Slim 3 15IAN8 82XB009GTX N100 4 GB 128 GB SSD 15.6\" W11H Dizüstü Bilgisayar",
            "Siyah %100 Pamuk Regular/Normal Kalıp Basic V Yaka Uzun Kollu Örme T-Shirt TWOAW21TS0099",
            "iPhone'un kılıfı 1.149,90 TL, S24’ün ekranı 6,2\"; www.site.com a.b:c 3'5 x_y __ 1;2",
            "kulaklığınız var mı? İADE: 14 gün… “kargo” – ücretsiz • 5.000TL üstü",
            "fiyatı 1.499,90₺ (€15, $20) ¼ ² ° ± « » ©",
        ]
        samples += Self.catalogueNames().prefix(4000)
        var g = SeededGenerator(seed: 3)
        for _ in 0..<2000 {
            samples.append(RandomText.string(length: Int.random(in: 0...30, using: &g), wildness: 0, using: &g))
        }
        for text in samples {
            #expect(Tokenizer.tokens(text) == Tokenizer.icuTokens(text), "\(text)")
        }
    }

    /// Product names of the demo shops in this repository (empty when the folder is missing).
    static func catalogueNames() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("products")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        var names: [String] = []
        for file in files where file.pathExtension == "json" {
            guard let data = try? Data(contentsOf: file),
                  let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let products = json["products"] as? [[String: Any]] else { continue }
            names += products.compactMap { $0["name"] as? String }
        }
        return names
    }
}
