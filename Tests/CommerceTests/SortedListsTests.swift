import Testing
@testable import Commerce

/// The ordered walks that matching and scoring use instead of per-product term lookups.
@Suite struct SortedListsTests {
    /// Ascending distinct values drawn from 0..<range, about `count` of them.
    static func list(_ count: Int, range: Int, seed: inout UInt64) -> [Int32] {
        var picked = Set<Int32>()
        for _ in 0..<count {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            picked.insert(Int32((seed >> 33) % UInt64(range)))
        }
        return picked.sorted()
    }

    @Test func commonElementsMatchSetIntersection() {
        var seed: UInt64 = 42
        for (n, m, range) in [(0, 10, 50), (1, 1, 3), (5, 500, 1000), (300, 300, 600), (1000, 7, 5000), (50, 4000, 8000)] {
            let a = Self.list(n, range: range, seed: &seed), b = Self.list(m, range: range, seed: &seed)
            var pairs: [(Int, Int)] = []
            a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in
                SortedLists.forEachCommon(a, b) { pairs.append(($0, $1)) }
            }}
            let expected = Set(a).intersection(b).sorted()
            #expect(pairs.map { a[$0.0] } == expected, "\(n)×\(m)")
            #expect(pairs.allSatisfy { a[$0.0] == b[$0.1] })
            #expect(SortedLists.intersection(a, b) == expected)
            #expect(SortedLists.intersection(b, a) == expected)
        }
    }

    @Test func gallopFindsBothEnds() {
        let long: [Int32] = Array(0..<1000).map { Int32($0 * 2) }
        #expect(SortedLists.intersection([0, 1, 998, 1998, 1999, 5000], long) == [0, 998, 1998])
        #expect(SortedLists.intersection([-5, 3], long) == [])
    }
}

/// Rows gathered from posting lists say what each candidate's own term list says.
@Suite struct TermRowsTests {
    static let queries = [
        "kulaklık", "laptop", "akıllı saat", "bluetooth kulaklık", "lenova laptop", "samsung televizyon",
        "iphone kılıfı", "cep telefonu", "oyun konsolu", "oversize tişört", "kırmızı elbise", "spor ayakkabı",
        "erkek gömlek", "kot pantolon", "çanta",
    ]

    @Test(arguments: ["elektronik-dunyasi", "moda-butik"])
    func rowsAndMatchesEqualPerProductLookups(shop: String) {
        let index = DemoShops.index(shop)
        var checked = 0
        for q in Self.queries {
            let analysed = index.analyse(q)
            guard analysed.unknown.isEmpty, !analysed.terms.isEmpty else { continue }
            let matches = index.matching(analysed.terms)
            let expected = (0..<index.products.count).filter { p in
                analysed.terms.allSatisfy { t in t.candidates.contains { index.entry(p, $0.id) != nil } }
            }.map(Int32.init)
            #expect(matches == expected, "\(q)")

            let context = ProductIndex.ScoringContext(terms: analysed.terms, colour: nil,
                                                      size: nil, codes: [])
            let rows = index.termRows(matches, context)
            for (i, p) in matches.enumerated() {
                let own = index.termRow(Int(p), context)
                #expect(Array(rows.bits[i * rows.width ..< (i + 1) * rows.width]) == Array(own.bits.dropLast()), "\(q) #\(p)")
                #expect(Int(rows.headMatch[i]) == own.headMatch, "\(q) #\(p)")
                let fromRows = rows.bits.withUnsafeBufferPointer {
                    index.scoreParts(Int(p), context, bits: $0.baseAddress! + i * rows.width, headMatch: Int(rows.headMatch[i]))
                }
                #expect(fromRows.total == index.scoreParts(Int(p), context).total)
                checked += 1
            }
        }
        #expect(checked > 100, "the queries must reach many products")
    }
}

/// The relevance page chosen with bounds is the page chosen by scoring everything.
@Suite struct RelevanceBoundTests {
    @Test(arguments: ["elektronik-dunyasi", "moda-butik"])
    func boundNeverUnderratesAndPagesAgree(shop: String) {
        let index = DemoShops.index(shop)
        var pruned = 0, checked = 0
        for q in TermRowsTests.queries + ["iphone 15 uyumlu kılıf", "samsng galaxy", "siyah"] {
            let analysed = index.analyse(q)
            guard analysed.unknown.isEmpty, !analysed.terms.isEmpty else { continue }
            let matches = index.matching(analysed.terms)
            for (colour, size) in [(nil, nil), ("siyah", nil), (nil, "42"), ("kirmizi", "m")] as [(String?, String?)] {
                let context = ProductIndex.ScoringContext(terms: analysed.terms, colour: colour,
                                                          size: size, codes: Set(matches.prefix(2)))
                let rows = index.termRows(matches, context)
                var all: [ProductIndex.Scored] = []
                rows.bits.withUnsafeBufferPointer { bits in
                    for (i, p) in matches.enumerated() {
                        let row = bits.baseAddress! + i * rows.width, head = Int(rows.headMatch[i])
                        let s = index.scoreParts(Int(p), context, bits: row, headMatch: head)
                        let bound = index.scoreBound(Int(p), context, bits: row, headMatch: head)
                        #expect(bound >= s.total - 1e-12, "\(q) #\(p): \(bound) < \(s.total)")
                        all.append((p, s.total, s.strong))
                    }
                }
                #expect(index.scores(matches, context, rows).map(\.score) == all.map(\.score))
                for count in [0, 1, 5, 10, 25] {
                    let order = { (a: ProductIndex.Scored, b: ProductIndex.Scored) in
                        a.score > b.score || (a.score == b.score && a.index < b.index)
                    }
                    let expected = ProductIndex.best(all, count: count, by: order)
                    let page = index.bestByRelevance(matches, context, rows, count: count)
                    #expect(page.map(\.index) == expected.map(\.index), "\(q) top \(count)")
                    #expect(page.map(\.score) == expected.map(\.score), "\(q) top \(count)")
                }
                checked += matches.count
                if let tenth = ProductIndex.best(all, count: 10, by: { $0.score > $1.score }).last {
                    pruned += all.count { item in
                        rows.bits.withUnsafeBufferPointer { bits in
                            let i = matches.firstIndex(of: item.index)!
                            return index.scoreBound(Int(item.index), context, bits: bits.baseAddress! + i * rows.width,
                                                    headMatch: Int(rows.headMatch[i])) < tenth.score
                        }
                    }
                }
            }
        }
        #expect(checked > 100)
        // The bound must be tight enough to be worth computing.
        #expect(pruned > checked / 10, "\(pruned) of \(checked) below the tenth best")
    }

    /// Phones named by model ("… iPhone 15 128 GB") are telephones only by category: their bound must know
    /// they cannot score like a product with the word in its name, or nothing is skipped.
    @Test func boundSeesMatchesOutsideTheName() {
        let index = DemoShops.electronics
        let analysed = index.analyse("cep telefonu")
        let matches = index.matching(analysed.terms)
        let context = ProductIndex.ScoringContext(terms: analysed.terms, colour: nil, size: nil, codes: [])
        let rows = index.termRows(matches, context)
        var scores: [Double] = [], bounds: [Double] = []
        rows.bits.withUnsafeBufferPointer { bits in
            for (i, p) in matches.enumerated() {
                let row = bits.baseAddress! + i * rows.width, head = Int(rows.headMatch[i])
                scores.append(index.scoreParts(Int(p), context, bits: row, headMatch: head).total)
                bounds.append(index.scoreBound(Int(p), context, bits: row, headMatch: head))
            }
        }
        #expect(matches.count > 100)
        let fifth = scores.sorted(by: >)[4]
        #expect(bounds.filter { $0 < fifth }.count * 2 > matches.count)
    }
}

/// The entry bits kept in the posting lists say where each product has each of its terms.
@Suite struct PostingBitsTests {
    @Test(arguments: ["elektronik-dunyasi", "moda-butik"])
    func postingsAndTermListsAgree(shop: String) {
        let index = DemoShops.index(shop)
        var checked = 0
        for p in stride(from: 0, to: index.products.count, by: 7) {
            let terms = index.terms(of: p)
            #expect(terms == terms.sorted() && Set(terms).count == terms.count)
            for t in terms {
                #expect(index.postings[Int(t)].contains(Int32(p)))
                #expect(index.entry(p, t).map { Int32($0 >> 16) } == t)
            }
            // Every word of the name is a name term, first seen no later than where the word stands.
            let keys = index.analyzer.analyze(index.products[p].name).map(\.token.key)
            for (position, key) in keys.enumerated() where keys.firstIndex(of: key) == position {
                guard let t = index.termIDs[key], let e = index.entry(p, t) else {
                    Issue.record("\(key) of product \(p) is not indexed"); continue
                }
                #expect(UInt8((e >> 8) & 0xff) & Field.name != 0)
                #expect(Int(e & 0xff) <= min(position, 255))
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}
