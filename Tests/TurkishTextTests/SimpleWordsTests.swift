import Testing
@testable import TurkishText

/// `Tokenizer.simpleWords` answers only for texts whose tokens are their space-separated words, and then
/// with exactly the tokens' texts.
@Suite struct SimpleWordsTests {
    @Test func simpleTextsAreTheirTokens() {
        let simple = ["", "kulaklık", "iphone 15 pro", "5.000 TL altı", "1.149,90 çanta", "Şarjlı süpürge", "İPHONE ÇANTA",
                      "256gb ssd", "ab5.6 x", "ğüşiöç ĞÜŞİÖÇ", "naïve", "a b c", "15,6 inç ekran"]
        for text in simple {
            let words = Tokenizer.simpleWords(text)
            #expect(words != nil && Tokenizer.isSimpleText(text), "\(text)")
            #expect(words?.map(String.init) == Tokenizer.tokens(text).map(\.text), "\(text)")
            #expect(words?.map { Folding.key(String($0)) } == Tokenizer.tokens(text).map(\.key), "\(text)")
        }
    }

    @Test func otherTextsAreLeftToTheTokenizer() {
        let other = [" kulaklık", "kulaklık ", "iphone  15", "iPhone'un", "i5-1334U", "MW0W3TU/A", "a.b", "5.", ".5", "1,a",
                     "kulaklık?", "fiyat: 100", "naïve!", "東京", "x_y", "tab\there", "line\nbreak", "5 × 3", "a\u{301}"]
        for text in other {
            #expect(Tokenizer.simpleWords(text) == nil && !Tokenizer.isSimpleText(text), "\(text)")
        }
    }

    @Test func randomTextsAgreeWithTheTokenizer() {
        var random = SeededGenerator(seed: 7)
        let alphabet = ["a", "k", "Z", "1", "9", " ", ".", ",", "ç", "İ", "ı", "ş", "'", "-", "é"]
        var answered = 0
        for _ in 0..<3000 {
            let length = Int(random.next() % 12)
            let text = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            guard let words = Tokenizer.simpleWords(text) else { continue }
            answered += 1
            #expect(words.map(String.init) == Tokenizer.tokens(text).map(\.text), "\(text)")
        }
        #expect(answered > 100)
        // Turkish shop text with its troublemakers, as the other tokenizer tests draw it.
        var g = SeededGenerator(seed: 11)
        for _ in 0..<3000 {
            let text = RandomText.string(length: Int.random(in: 0...16, using: &g), wildness: 0.05, using: &g)
            guard let words = Tokenizer.simpleWords(text) else { continue }
            #expect(words.map(String.init) == Tokenizer.tokens(text).map(\.text), "\(text.debugDescription)")
        }
    }
}
