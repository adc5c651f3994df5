import Testing
@testable import TurkishText

@Suite struct AnalyzerTests {
    let analyzer = Analyzer(protectedWords: ["galaxy"])

    @Test func questionsReduceToTheirNouns() {
        #expect(analyzer.analyze("kulaklığınız var mı").map(\.stem) == ["kulaklik", "var", "mi"])
        #expect(analyzer.analyze("Galaxy S24'ün kılıfı").map(\.stem) == ["galaxy", "s24", "kilif"])
        #expect(analyzer.analyze("elbiseleriniz kaç TL").map(\.stem) == ["elbise", "kac", "tl"])
        #expect(analyzer.analyze("kargoya ne zaman verilir").first?.stem == "kargo")
        #expect(analyzer.analyze("5.000 TL altı telefonlar").map(\.stem) == ["5.000", "tl", "alt", "telefon"])
    }

    @Test func normalizedJoinsKeys() {
        #expect(analyzer.normalized("İPHONE 15'in Kılıfı") == "iphone 15 kilifi")
        #expect(analyzer.normalized("") == "")
    }

    @Test func neverCrashesOnAnyText() {
        var g = SeededGenerator(seed: 42)
        for _ in 0..<1500 {
            let s = RandomText.string(length: Int.random(in: 0...40, using: &g), wildness: 0.5, using: &g)
            let tokens = analyzer.analyze(s)
            for t in tokens { #expect(!t.token.key.isEmpty) }
            _ = analyzer.normalized(s)
            for t in tokens { _ = EditDistance.distance(t.token.key, "kulaklik") }
        }
        var big = ""
        while big.utf8.count < 100_000 {
            big += RandomText.string(length: 50, wildness: 0.2, using: &g) + " kulaklığınız 5.000 TL'ye S24’ün "
        }
        #expect(analyzer.analyze(big).count > 1000)
        #expect(!Folding.key(big).isEmpty)
        let plain = String(repeating: "kulaklıklarımızdan ", count: 6000)
        #expect(analyzer.analyze(plain).allSatisfy { $0.stem == "kulaklik" })
        _ = analyzer.analyze(String(repeating: "a", count: 100_000))
        _ = analyzer.analyze(String(repeating: "5", count: 100_000))
        _ = analyzer.analyze(String(repeating: "'", count: 100_000))
    }
}
