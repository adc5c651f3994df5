import Testing
@testable import TurkishText

@Suite struct StemmerTests {
    let stemmer = Stemmer()

    @Test func goldenShopVocabulary() throws {
        let rows = try Fixture.rows("stem_golden.tsv")
        #expect(rows.count >= 300)
        var wrong: [String] = []
        for row in rows where row.count >= 2 {
            let got = stemmer.stem(Folding.key(row[0]))
            if got != row[1] { wrong.append("\(row[0]) → \(got), expected \(row[1])") }
            // Typed without Turkish letters, the same stem.
            #expect(stemmer.stem(Folding.key(row[0])) == stemmer.stem(Folding.key(Folding.key(row[0]))))
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }

    @Test func asciiTypedFormsMeetTurkishOnes() {
        let pairs = [("kulakligi", "kulaklığı"), ("kiliflari", "kılıfları"), ("siparisim", "siparişim"),
                     ("gomlegi", "gömleği"), ("cantasi", "çantası"), ("agaci", "ağacı")]
        for (ascii, turkish) in pairs {
            #expect(stemmer.stem(Folding.key(ascii)) == stemmer.stem(Folding.key(turkish)))
        }
        #expect(stemmer.stem("kulakligi") == stemmer.stem("kulaklik"))
        #expect(stemmer.stem("kitabi") == "kitap" && stemmer.stem("agaci") == "agac")
    }

    @Test func collisionsAreKeptApartByProtectedWords() {
        let shop = Stemmer(protectedWords: ["çini", "salı", "altın", "led", "Samsung", "iPad"])
        #expect(shop.stem("cini") != shop.stem("cin"))
        #expect(shop.stem("cinisi") == "cini" && shop.stem("ciniler") == "cini")
        #expect(shop.stem("sali") != shop.stem("sal"))
        #expect(shop.stem("altin") != shop.stem("alti"))
        #expect(shop.stem("altinlar") == "altin")
        #expect(shop.stem("ledli") == "led")
        #expect(shop.stem("samsungun") == "samsung" && shop.stem("samsung") == "samsung")
        #expect(shop.stem("ipadi") == "ipad")
        // The built-in vocabulary already separates the everyday ones.
        #expect(stemmer.stem("sali") != stemmer.stem("sal"))
        #expect(stemmer.stem("altin") != stemmer.stem("alti"))
    }

    @Test func derivationalAdjectives() {
        #expect(stemmer.stem("pamuklu") == "pamuk")
        #expect(stemmer.stem("desenli") == "desen")
        #expect(stemmer.stem("kulaklik") == "kulaklik")        // -lık makes a different product: kept
        #expect(stemmer.stem("kablosuz") != stemmer.stem("kablo"))  // -suz is the opposite: kept
        #expect(Stemmer(protectedWords: ["led"]).stem("ledli") == "led")
    }

    @Test func neverStripsBelowThreeLetters() {
        for word in ["evde", "suyu", "eli", "ise", "ona", "ada", "iste", "ayda", "elde", "ondan"] {
            let stem = stemmer.stem(word)
            #expect(stem.count >= 3, "\(word) → \(stem)")
        }
        for word in ["ev", "su", "a", "", "mi", "var"] { #expect(stemmer.stem(word) == word) }
    }

    @Test func nonWordsAreLeftAlone() {
        for key in ["s24", "256gb", "rtx4060", "5.000", "кабель", "中文", "iphone'un", String(repeating: "a", count: 200)] {
            #expect(stemmer.stem(key) == key)
        }
    }

    @Test func stemmingIsIdempotentOnShopWords() throws {
        for row in try Fixture.rows("stem_golden.tsv") {
            let once = stemmer.stem(Folding.key(row[0]))
            #expect(stemmer.stem(once) == once, "\(row[0])")
        }
    }

    @Test func treebankNounsMeetTheirLemmas() throws {
        // UD Turkish nouns whose form is the lemma plus inflection (see Fixtures/UD-LICENSE.md).
        let analyzer = Analyzer()
        func stems(_ s: String) -> String { analyzer.analyze(s).map(\.stem).joined(separator: " ") }
        var total = 0, agree = 0, longLemmas = 0, overStripped = 0
        for row in try Fixture.rows("ud_turkish_noun_lemmas.tsv").dropFirst() where row.count >= 6 && row[5] == "1" {
            total += 1
            let formStem = stems(row[0]), lemmaStem = stems(row[1])
            if formStem == lemmaStem { agree += 1 }
            // A stem under three letters is over-stripping unless the lemma itself is that short (ev, su, tv).
            if lemmaStem.count >= 3 {
                longLemmas += 1
                if formStem.count < 3 { overStripped += 1 }
            }
        }
        #expect(total > 10_000)
        #expect(Double(agree) / Double(total) >= 0.95, "agreement \(agree)/\(total)")
        #expect(Double(overStripped) / Double(longLemmas) < 0.005, "over-stripped \(overStripped)/\(longLemmas)")
    }
}
