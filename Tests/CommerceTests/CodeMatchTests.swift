import Testing
@testable import Commerce

/// Model codes and SKUs are found however they are typed, and the filter that spares ordinary sentences
/// the whole-text lookup never hides one.
@Test func everyProductIDIsFoundAsACode() {
    for index in [DemoShops.fashion, DemoShops.electronics] {
        for (p, product) in index.products.enumerated() where product.id.count >= 3 {
            let typed = [product.id, product.id.lowercased(), product.id.replacingOccurrences(of: "-", with: " ")]
            for text in typed {
                #expect(index.codeMatches(text).contains(Int32(p)), "\(text)")
            }
        }
    }
}

@Test func codeFilterAnswersForEveryCodeKey() {
    for index in [DemoShops.fashion, DemoShops.electronics] {
        for key in index.codes.keys where key.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(index.mayHaveCodeKey(key))
            #expect(index.mayHaveCodeKey(key.uppercased()))
        }
        // Most sentences have no code key, and the filter says so.
        let sentences = ["kirmizi elbise var mi", "en ucuz telefon hangisi", "kargo ne zaman gelir", "iade nasil yapilir"]
        #expect(sentences.filter { index.mayHaveCodeKey($0) }.count <= 1)
    }
}
