import Foundation
import TurkishText

/// Weights of the scoring factors. Coverage dominates: a product that covers the rare words of the
/// question beats one that only shares its common ones; the rest orders products that cover equally.
enum ScoreWeights {
    static let coverage = 8.0
    static let exact = 1.5
    static let inName = 1.0
    static let phrase = 1.5
    static let brand = 1.0
    static let head = 2.5
    static let colour = 3.0
    static let size = 2.0
    static let code = 12.0
    static let typoPerEdit = 0.8
    static let extraWords = 0.25
    static let outOfStock = 0.8

    /// log(1 + k) for every count of extra name words (names are indexed with at most 1000 words), so
    /// scoring a candidate computes no logarithm.
    static let extraWordsLog: [Double] = (0...1000).map { log(1 + Double($0)) }
}

extension ProductIndex {
    /// Ranked products for `query`; empty when the key terms are not covered. With `explain` false the hits
    /// carry no named factors, which callers that only show products never read.
    public func search(_ query: ProductQuery, limit: Int = 10, offset: Int = 0, explain: Bool = true) -> SearchResult {
        var analysed = analyse(query.text)
        let codeHits = codeMatches(query.text)
        var colour = query.colour.map { Folding.key($0) }.map { colourWords[$0] ?? $0 }
        if analysed.terms.isEmpty, analysed.unknown.isEmpty, codeHits.isEmpty, let c = colour,
           let t = termIDs["#" + c], !postings[Int(t)].isEmpty {
            // Only a colour was asked ("kırmızı olanlar"): the colour is the search.
            analysed.terms = [QueryTerm(text: c, candidates: [(t, 1.0)], weight: 1, isKind: false, edits: 0)]
            colour = nil
        }
        if codeHits.isEmpty && (analysed.terms.isEmpty || !analysed.unknown.isEmpty) {
            return SearchResult(hits: [], totalMatches: 0, unknownTerms: analysed.unknown)
        }

        var candidates = analysed.unknown.isEmpty ? matching(analysed.terms) : []
        // A model code the words do not otherwise find ("MW0W3TU/A" typed with another separator) still finds its product.
        if candidates.isEmpty { candidates = codeHits }
        if query.priceMin != nil || query.priceMax != nil {
            let lo = query.priceMin ?? -.infinity, hi = query.priceMax ?? .infinity
            candidates = candidates.filter { let p = scoreFeatures[Int($0)].price; return p >= lo && p <= hi }
        }

        var relaxed: [String] = analysed.droppedDescriptions.isEmpty ? [] : ["words"]
        if let c = colour {
            let bit = ColourMask.bit(c)
            let with = candidates.filter { scoreFeatures[Int($0)].colours & bit != 0 }
            if with.isEmpty { relaxed.append("colour") } else { candidates = with }
        }
        let size = query.size.map(SizeKey.normalise)
        if let s = size {
            // Product.hasSize(s) normalises s again; so does the comparison here, once.
            let wanted = SizeKey.normalise(s)
            let with = candidates.filter { stock(Int($0), normalisedSize: wanted) != nil }
            if with.isEmpty { relaxed.append("size") } else { candidates = with }
        }

        let context = ScoringContext(terms: analysed.terms, colour: colour, size: size,
                                     codes: Set(codeHits))
        let rows = termRows(candidates, context)
        // Each order is passed to `best` as its own closure, so that it is inlined into the selection loop.
        let wanted = max(0, offset) + max(0, limit)
        let top: [Scored]
        // Price orders leave out the weak matches when there are strong ones, and count only what they show.
        var total = candidates.count
        switch query.sort {
        case .relevance:
            top = bestByRelevance(candidates, context, rows, count: wanted)
        case .priceAscending, .priceDescending:
            var scored = scores(candidates, context, rows)
            // Cheapest *of the asked kind*: accessories of it and other kinds do not compete on price.
            if scored.contains(where: \.strong) { scored.removeAll { !$0.strong } }
            total = scored.count
            let ascending = query.sort == .priceAscending
            let prices = scoreFeatures
            top = Self.best(scored, count: wanted) {
                let a = prices[Int($0.index)].price, b = prices[Int($1.index)].price
                if a != b { return ascending ? a < b : a > b }
                return $0.score > $1.score || ($0.score == $1.score && $0.index < $1.index)
            }
        }
        let page = top.dropFirst(max(0, offset))
        let hits = page.map { item -> SearchHit in
            guard explain else { return SearchHit(product: products[Int(item.index)], score: item.score) }
            let explained = scoreParts(Int(item.index), context)
            return SearchHit(product: products[Int(item.index)], score: explained.total, factors: explained.named)
        }
        return SearchResult(hits: hits, totalMatches: total, relaxed: relaxed, unknownTerms: analysed.unknown)
    }

    typealias Scored = (index: Int32, score: Double, strong: Bool)

    /// The score of every candidate, in order.
    func scores(_ candidates: [Int32], _ context: ScoringContext, _ rows: TermRows) -> [Scored] {
        var scored: [Scored] = []
        scored.reserveCapacity(candidates.count)
        rows.bits.withUnsafeBufferPointer { bits in
            for (i, p) in candidates.enumerated() {
                let s = scoreParts(Int(p), context, bits: bits.baseAddress! + i * rows.width, headMatch: Int(rows.headMatch[i]))
                scored.append((p, s.total, s.strong))
            }
        }
        return scored
    }

    /// The first `count` items in `order`, without sorting everything (a page out of thousands of matches).
    @inline(__always)
    static func best(_ items: [Scored], count: Int, by order: (Scored, Scored) -> Bool) -> [Scored] {
        if count == 0 { return [] }
        if items.count <= count * 4 { return Array(items.sorted(by: order).prefix(count)) }
        var top: [Scored] = []
        top.reserveCapacity(count + 1)
        for item in items { offer(item, to: &top, count: count, by: order) }
        return top
    }

    /// Puts `item` into `top` (in `order`, at most `count` long) when it belongs there.
    @inline(__always)
    static func offer(_ item: Scored, to top: inout [Scored], count: Int, by order: (Scored, Scored) -> Bool) {
        if top.count == count, !order(item, top[count - 1]) { return }
        var i = top.count
        while i > 0 && order(item, top[i - 1]) { i -= 1 }
        top.insert(item, at: i)
        if top.count > count { top.removeLast() }
    }

    /// Products covering every query term, found from the rarest term's postings.
    func matching(_ terms: [QueryTerm]) -> [Int32] {
        guard !terms.isEmpty else { return [] }
        let ordered = terms.sorted { size($0) < size($1) }
        var current = union(ordered[0].candidates.map { postings[Int($0.id)] })
        // One list of marks for every term, and the survivors kept in place: the list only shrinks.
        var keep = [Bool](repeating: false, count: ordered.count > 1 ? current.count : 0)
        for term in ordered.dropFirst() {
            // The survivors are those some candidate's posting list also holds: walked in order, since
            // both lists ascend, rather than searched product by product.
            current.withUnsafeBufferPointer { now in
                keep.withUnsafeMutableBufferPointer { keep in
                    for c in term.candidates {
                        postings[Int(c.id)].withUnsafeBufferPointer { list in
                            SortedLists.forEachCommon(now, list) { i, _ in keep[i] = true }
                        }
                    }
                }
            }
            var kept = 0
            for i in 0..<current.count where keep[i] {
                current[kept] = current[i]; kept += 1
                keep[i] = false
            }
            current.removeLast(current.count - kept)
            if current.isEmpty { break }
        }
        return current
    }

    private func size(_ term: QueryTerm) -> Int { term.candidates.reduce(0) { $0 + postings[Int($1.id)].count } }

    /// The ascending, distinct products of ascending posting lists, merged without hashing.
    private func union(_ lists: [[Int32]]) -> [Int32] {
        if lists.count == 1 { return lists[0] }
        var merged: [Int32] = []
        for l in lists { merged = Self.mergeDistinct(merged, l) }
        return merged
    }

    /// Two ascending lists as one ascending list without repeats.
    static func mergeDistinct(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let next: Int32
            if j == b.count || (i < a.count && a[i] <= b[j]) { next = a[i]; i += 1 } else { next = b[j]; j += 1 }
            if out.last != next { out.append(next) }
        }
        return out
    }

    struct ScoringContext {
        /// The head term's candidate ids; `hasHead` is false when the query names no kind.
        var hasHead: Bool
        var headCandidates: [Int32]
        /// The wanted colour's `ColourMask` bit (0 when none is wanted or no product can have it).
        var colourBit: UInt64
        /// The wanted size as `Product.stock(forSize:)` compares it (normalised once more).
        var size: String?
        var codes: Set<Int32>
        var totalWeight: Double
        var termCount: Int
        var totalEdits: Int
        /// Candidates of all terms in one flat list: term t owns candidateIDs[candidateStart[t] ..< candidateStart[t + 1]].
        var candidateIDs: [Int32] = []
        var candidateQuality: [Double] = []
        var candidateStart: [Int] = [0]
        var weights: [Double] = []
        /// `scoreBound`'s part of the term factors for a product whose query-term matches together have
        /// these field bits (indexed by the bits), with size at its most and typo edits as they are.
        var fieldBound: [Double] = []
        /// Where the head term's candidates start in `candidateIDs` (-1 when there is no head).
        var headOffset = -1
        /// `ScoreWeights.extraWordsLog`, read once per query rather than through its lazy global per candidate.
        let extraWordsLog = ScoreWeights.extraWordsLog

        init(terms: [QueryTerm], colour: String?, size: String?, codes: Set<Int32>) {
            // The head is the last kind term (`AnalysedQuery.head`), whose candidates scoring reads from its row.
            let headTerm = terms.lastIndex(where: \.isKind)
            self.hasHead = headTerm != nil; self.headCandidates = headTerm.map { terms[$0].candidates.map(\.id) } ?? []
            self.colourBit = ColourMask.bit(colour); self.size = size.map(SizeKey.normalise); self.codes = codes
            self.totalWeight = max(terms.reduce(0) { $0 + $1.weight }, 0.0001)
            self.termCount = terms.count
            self.totalEdits = terms.reduce(0) { $0 + $1.edits }
            // Sized once: a query's context is built for every search.
            let width = terms.reduce(0) { $0 + $1.candidates.count }
            candidateIDs.reserveCapacity(width); candidateQuality.reserveCapacity(width)
            candidateStart.reserveCapacity(terms.count + 1); weights.reserveCapacity(terms.count)
            fieldBound.reserveCapacity(32)
            for (n, t) in terms.enumerated() {
                if n == headTerm { headOffset = candidateIDs.count }
                for c in t.candidates { candidateIDs.append(c.id); candidateQuality.append(c.quality) }
                candidateStart.append(candidateIDs.count)
                weights.append(t.weight)
            }
            var covered = 0.0, bestQuality = 0.0
            for t in terms {
                let best = t.candidates.reduce(0.0) { max($0, $1.quality) }
                covered += max(0, t.weight * best)
                bestQuality = max(bestQuality, best)
            }
            let coverageBound = covered / totalWeight
            let base = (self.size != nil ? ScoreWeights.size : 0) - ScoreWeights.typoPerEdit * Double(totalEdits)
            for bits in 0..<32 {
                let fields = UInt8(bits)
                // No match counts more than one in the best of these fields (the factor only grows with bits).
                let factor = ProductIndex.fieldFactor(fields)
                let named = fields & (Field.name | Field.brand) != 0
                // An exact term needs a match worth 0.95; name words and phrases need name (or brand) matches.
                fieldBound.append(base + ScoreWeights.coverage * (coverageBound * factor)
                    + (bestQuality * factor >= 0.95 ? ScoreWeights.exact : 0) + (named ? ScoreWeights.inName : 0)
                    + (terms.count > 1 && fields & Field.name != 0 ? ScoreWeights.phrase : 0)
                    + (fields & Field.brand != 0 ? ScoreWeights.brand : 0))
            }
        }
    }

    /// Every factor of product `p`'s score, the total and whether it is a strong (same-kind) match.
    /// Free of references, so scoring thousands of candidates allocates and retains nothing.
    struct ScoreParts {
        var coverage = 0.0, exact = 0.0, inName = 0.0, phrase = 0.0, brand = false, head = 0.0
        var colour = 0.0, size = 0.0, code = 0.0, edits = 0, extraWords = 0.0, stock = 0.0
        var total = 0.0, strong = false

        /// The factors by name, as `SearchHit.factors` shows them.
        var named: [String: Double] {
            ["coverage": coverage, "exact": exact, "inName": inName, "phrase": phrase, "brand": brand ? 1 : 0,
             "head": head, "colour": colour, "size": size, "code": code, "typoEdits": Double(edits),
             "extraWords": extraWords, "stock": stock]
        }
    }

    /// Every factor of product `p`'s score, its terms read from its own term list.
    func scoreParts(_ p: Int, _ c: ScoringContext) -> ScoreParts {
        let row = termRow(p, c)
        return row.bits.withUnsafeBufferPointer { scoreParts(p, c, bits: $0.baseAddress!, headMatch: row.headMatch) }
    }

    /// Every factor of product `p`'s score, given its row of `termRows` (`bits`, `headMatch`).
    @inline(__always)
    func scoreParts(_ p: Int, _ c: ScoringContext, bits row: UnsafePointer<UInt16>, headMatch: Int) -> ScoreParts {
        let f = scoreFeatures[p]
        var covered = 0.0, exactCount = 0, nameHits = 0
        let edits = c.totalEdits
        var brand = false
        var previousPosition = -2, adjacent = 0
        var lastNamePosition = -1
        c.candidateStart.withUnsafeBufferPointer { starts in
        c.candidateIDs.withUnsafeBufferPointer { ids in
        c.candidateQuality.withUnsafeBufferPointer { quality in
        c.weights.withUnsafeBufferPointer { weights in
            for t in 0..<c.termCount {
                var best = 0.0, bestFields: UInt8 = 0, bestPos = 255
                for k in starts[t]..<starts[t + 1] {
                    let e = row[k]
                    if e == TermRows.absent { continue }
                    let fields = UInt8(truncatingIfNeeded: e >> 8)
                    let v = quality[k] * Self.fieldFactor(fields)
                    if v > best { best = v; bestFields = fields; bestPos = Int(e & 0xff) }
                }
                covered += weights[t] * best
                if best >= 0.95 { exactCount += 1 }
                if bestFields & (Field.name | Field.brand) != 0 { nameHits += 1 }
                if bestFields & Field.brand != 0 { brand = true }
                if bestFields & Field.name != 0 && bestPos < 255 {
                    lastNamePosition = max(lastNamePosition, bestPos)
                    if bestPos == previousPosition + 1 { adjacent += 1 }
                    previousPosition = bestPos
                } else {
                    previousPosition = -2
                }
            }
        }}}}
        var s = ScoreParts()
        let n = Double(max(c.termCount, 1))
        s.coverage = covered / c.totalWeight
        s.exact = Double(exactCount) / n
        s.inName = Double(nameHits) / n
        s.phrase = c.termCount > 1 ? Double(adjacent) / Double(c.termCount - 1) : 0
        s.brand = brand

        // Head-noun sense: the query's last kind word should be what the product *is*.
        var head = kindFit(p, f, c, bits: row, headMatch: headMatch)
        // "AirPods uyumlu kulaklık" for "airpods": every word asked for stands before "uyumlu", so the
        // product is made for the thing asked, not the thing itself.
        if head < 1, lastNamePosition >= 0, lastNamePosition < Int(f.markerPosition), f.markerPosition < 255 {
            head = min(head, -1)
        }
        s.head = head

        if f.colours & c.colourBit != 0 { s.colour = 1 }
        if let size = c.size, let stock = stock(p, normalisedSize: size) { s.size = stock > 0 ? 1 : 0.3 }
        s.code = !c.codes.isEmpty && c.codes.contains(Int32(p)) ? 1.0 : 0.0
        s.edits = edits
        s.extraWords = c.extraWordsLog[max(0, Int(f.nameLength) - nameHits)]
        s.stock = f.inStock ? 0.0 : -1.0

        s.total = ScoreWeights.coverage * s.coverage + ScoreWeights.exact * s.exact + ScoreWeights.inName * s.inName
            + ScoreWeights.phrase * s.phrase + (brand ? ScoreWeights.brand : 0) + ScoreWeights.head * s.head
            + ScoreWeights.colour * s.colour + ScoreWeights.size * s.size + ScoreWeights.code * s.code
            - ScoreWeights.typoPerEdit * Double(edits) - ScoreWeights.extraWords * s.extraWords
            + ScoreWeights.outOfStock * s.stock
        s.strong = head >= 0 || s.code > 0
        return s
    }

    /// How well product `p` is the kind the query asks for: 1 (1.3 when its category says so too), else
    /// -1 for an accessory, -0.5 for another kind, 0 for a product of no known kind or a query naming none.
    @inline(__always)
    func kindFit(_ p: Int, _ f: ScoreFeatures, _ c: ScoringContext, bits row: UnsafePointer<UInt16>, headMatch: Int) -> Double {
        guard c.hasHead else { return f.isAccessory ? -1 : 0 }
        if headMatch >= 0 {
            // The category confirms what the name says.
            let e = row[c.headOffset + headMatch]
            return e != TermRows.absent && UInt8(truncatingIfNeeded: e >> 8) & Field.category != 0 ? 1 + 0.3 : 1
        }
        if f.isAccessory { return -1 }
        return f.hasHeads ? -0.5 : 0
    }

    /// How much a match in these fields counts.
    @inline(__always)
    static func fieldFactor(_ fields: UInt8) -> Double {
        if fields & (Field.name | Field.brand) != 0 { return 1 }
        if fields & Field.category != 0 { return 0.9 }
        if fields & Field.extra != 0 { return 0.8 }
        return 0.75
    }
}

