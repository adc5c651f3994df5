import Testing
@testable import Commerce

/// `inflectionBase(of:)` as first written: every prefix and its hardened form built as a String and looked up.
private func referenceBase(_ index: ProductIndex, _ key: String) -> String? {
    let chars = Array(key)
    guard chars.count > 4 else { return nil }
    for n in stride(from: chars.count - 1, through: max(3, chars.count - 8), by: -1) {
        let p = String(chars[0..<n])
        for base in [p, Morphology.hardened(p)].compactMap({ $0 }) {
            if let t = index.termIDs[base], !index.postings[Int(t)].isEmpty, Morphology.isInflection(key, of: base) { return base }
        }
    }
    return nil
}

@Test func inflectionBaseMatchesReference() {
    let index = DemoShops.electronics
    var words = ["kulakligi", "kulakliklari", "telefonlari", "kitabi", "elbiseleriniz", "saatler", "tabletler"]
    for term in index.termStrings.prefix(3000) where term.utf8.count >= 3 && term.utf8.allSatisfy({ $0 < 0x80 }) {
        words.append(term + "ler")
        if let last = term.last, let soft = ["k": "g", "p": "b", "t": "d"][last] {
            words.append(String(term.dropLast()) + soft + "i")
        }
    }
    var found = 0
    for w in words {
        let base = index.inflectionBase(of: w)
        #expect(base == referenceBase(index, w), "\(w)")
        if base != nil { found += 1 }
    }
    #expect(found > 100)
}
