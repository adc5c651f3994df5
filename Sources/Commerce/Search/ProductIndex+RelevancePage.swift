extension ProductIndex {
    /// `best(scores(…), count:)` in relevance order, without fully scoring the candidates that cannot make
    /// the page: candidates ascend and ties go to the lower index, so one whose `scoreBound` is below the
    /// current last of the page never enters it.
    @inline(never)
    func bestByRelevance(_ candidates: [Int32], _ c: ScoringContext, _ rows: TermRows, count: Int) -> [Scored] {
        let order = { (a: Scored, b: Scored) in a.score > b.score || (a.score == b.score && a.index < b.index) }
        if count == 0 { return [] }
        if candidates.count <= count * 4 { return Self.best(scores(candidates, c, rows), count: count, by: order) }
        var top: [Scored] = []
        top.reserveCapacity(count + 1)
        rows.bits.withUnsafeBufferPointer { bits in
            rows.headMatch.withUnsafeBufferPointer { heads in
                for (i, p) in candidates.enumerated() {
                    let row = bits.baseAddress! + i * rows.width, headMatch = Int(heads[i])
                    // The margin covers the rounding of two sums of a dozen terms, each well below 100.
                    if top.count == count, scoreBound(Int(p), c, bits: row, headMatch: headMatch) < top[count - 1].score - 1e-9 {
                        continue
                    }
                    let s = scoreParts(Int(p), c, bits: row, headMatch: headMatch)
                    Self.offer((p, s.total, s.strong), to: &top, count: count, by: order)
                }
            }
        }
        return top
    }

    /// At least `scoreParts(p, c, …).total`: the factors of the term loop at their most given the fields
    /// the product has any query term in, the others as scoring computes them.
    @inline(__always)
    func scoreBound(_ p: Int, _ c: ScoringContext, bits row: UnsafePointer<UInt16>, headMatch: Int) -> Double {
        let f = scoreFeatures[p]
        var fields: UInt16 = 0
        for k in 0..<c.candidateIDs.count where row[k] != TermRows.absent { fields |= row[k] >> 8 }
        // Tables, not branches: which fields a candidate matched in varies from one to the next.
        let at = Int(fields & 31)
        // `scoreParts`' head before the "uyumlu" rule, which only lowers it.
        let head = kindFit(p, f, c, bits: row, headMatch: headMatch)
        // At most every query term counts as a name word, and none without name (or brand) matches.
        let nameCredit = fields & UInt16(Field.name | Field.brand) != 0 ? c.termCount : 0
        let extraWords = c.extraWordsLog[max(0, Int(f.nameLength) - nameCredit)]
        return c.fieldBound[at] + ScoreWeights.head * head
            + (f.colours & c.colourBit != 0 ? ScoreWeights.colour : 0)
            + (!c.codes.isEmpty && c.codes.contains(Int32(p)) ? ScoreWeights.code : 0)
            - ScoreWeights.extraWords * extraWords + (f.inStock ? 0 : -ScoreWeights.outOfStock)
    }
}
