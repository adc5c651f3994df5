import Testing
@testable import TurkishText

@Suite struct EditDistanceTests {
    @Test func caseAndDiacriticsCostNothing() {
        #expect(EditDistance.distance("kulaklik", "kulaklık") == 0)
        #expect(EditDistance.distance("KILIF", "kılıf") == 0)
        #expect(EditDistance.distance("ÇANTA", "canta") == 0)
        #expect(EditDistance.distance("İPHONE", "iphone") == 0)
    }

    @Test func editsAndTranspositions() {
        #expect(EditDistance.distance("telefon", "telfon") == 1)
        #expect(EditDistance.distance("telefon", "telefonn") == 1)
        #expect(EditDistance.distance("telefon", "telefan") == 1)
        #expect(EditDistance.distance("telefon", "tleefon") == 1)
        #expect(EditDistance.distance("kulaklik", "kualklik") == 1)
        #expect(EditDistance.distance("abc", "abc") == 0)
        #expect(EditDistance.distance("", "") == 0)
    }

    @Test func firstLetterCountsDouble() {
        #expect(EditDistance.distance("kilif", "bilif") == 2)
        #expect(EditDistance.distance("phone", "iphone") == 2)
        #expect(EditDistance.distance("iphone", "phone") == 2)
        #expect(EditDistance.distance("etelfon", "telefon") >= 2)
        #expect(EditDistance.distance("kilif", "kilf") == 1)
    }

    @Test func thresholdsByLength() {
        #expect(EditDistance.allowedTypos(forLength: 3) == 0)
        #expect(EditDistance.allowedTypos(forLength: 4) == 1)
        #expect(EditDistance.allowedTypos(forLength: 7) == 1)
        #expect(EditDistance.allowedTypos(forLength: 8) == 2)
        #expect(!EditDistance.isTypo("pul", of: "pil"))
        #expect(EditDistance.isTypo("kilf", of: "kilif"))
        #expect(!EditDistance.isTypo("bilif", of: "kilif"))
        #expect(EditDistance.isTypo("kulaklk", of: "kulaklık"))
        #expect(EditDistance.isTypo("kulkalik", of: "kulaklık"))
        #expect(!EditDistance.isTypo("kulak", of: "kulaklık"))
        #expect(EditDistance.isTypo("KULAKLİK", of: "kulaklık"))
    }

    @Test func limitStopsEarly() {
        #expect(EditDistance.distance("abcdefgh", "zyxwvuts", limit: 2) > 2)
        #expect(EditDistance.distance("telefon", "telfon", limit: 1) == 1)
    }
}
