import Testing
@testable import TurkishText

@Suite struct FoldingTests {
    static let groups: [[String]] = [
        ["kulaklik", "kulaklık", "KULAKLIK", "Kulaklık", "KULAKLİK", "KuLaKlIk"],
        ["canta", "çanta", "ÇANTA", "Çanta", "CANTA"],
        ["sarj", "şarj", "ŞARJ", "Şarj"],
        ["agac", "ağaç", "AĞAÇ", "AGAC"],
        ["gomlek", "gömlek", "GÖMLEK", "Gömlek"],
        ["utu", "ütü", "ÜTÜ", "UTU"],
        ["kagit", "kâğıt", "kağıt", "KÂĞIT", "KAGIT"],
        ["ruzgar", "rüzgâr", "rüzgar", "RÜZGAR"],
        ["kilif", "kılıf", "KILIF", "Kılıf", "KİLİF"],
        ["iphone", "iPhone", "İPHONE", "IPHONE", "İphone"],
        ["cafe", "café", "CAFÉ"],
        ["istanbul", "İstanbul", "ISTANBUL", "İSTANBUL", "istanbul"],
    ]

    @Test(arguments: groups)
    func variantsShareOneKey(_ group: [String]) {
        let keys = Set(group.map(Folding.key))
        #expect(keys == [group[0]])
    }

    @Test func displayTextKeepsItsLetters() {
        let token = Tokenizer.tokens("Kulaklık ÇANTA")
        #expect(token.map(\.text) == ["Kulaklık", "ÇANTA"])
        #expect(token.map(\.key) == ["kulaklik", "canta"])
    }

    @Test func fastPathAgreesWithICU() {
        var g = SeededGenerator(seed: 7)
        for _ in 0..<3000 {
            let s = RandomText.string(length: Int.random(in: 0...24, using: &g), wildness: 0, using: &g)
            #expect(Folding.key(s) == Folding.icuKey(s), "\(s)")
        }
        for c in "çğıöşüâîûÇĞIİÖŞÜÂÎÛàáäãåèéêëìíïòóõøùúýÿñÀÁÉÑŁłŞş" {
            #expect(Folding.key(String(c)) == Folding.icuKey(String(c)), "\(c)")
        }
    }

    @Test func keyIsIdempotentAndNeverHoldsCombiningDot() {
        var g = SeededGenerator(seed: 11)
        for _ in 0..<3000 {
            let s = RandomText.string(length: Int.random(in: 0...20, using: &g), wildness: 0.4, using: &g)
            let k = Folding.key(s)
            #expect(Folding.key(k) == k, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(!k.unicodeScalars.contains("\u{0307}"))
        }
    }
}
