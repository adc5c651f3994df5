extension ProductIndex {
    /// What scoring reads of each candidate's terms, gathered from the posting lists in one ordered walk per
    /// query-term candidate: `bits[i * width + k]` is the low 16 bits of candidate i's entry for
    /// `candidateIDs[k]` (`TermRows.absent` when it lacks the term), and `headMatch[i]` is the position in
    /// `headCandidates` of the first kind candidate i *is* (-1 for none). `candidates` must ascend.
    func termRows(_ candidates: [Int32], _ c: ScoringContext) -> TermRows {
        let width = c.candidateIDs.count
        // One spare element, so that the buffer has an address even for a query without term candidates.
        var bits = [UInt16](repeating: TermRows.absent, count: candidates.count * width + 1)
        var headMatch = [Int32](repeating: -1, count: candidates.count)
        candidates.withUnsafeBufferPointer { cands in
            bits.withUnsafeMutableBufferPointer { out in
                for (k, id) in c.candidateIDs.enumerated() {
                    postings[Int(id)].withUnsafeBufferPointer { list in
                        postingBits[Int(id)].withUnsafeBufferPointer { low in
                            SortedLists.forEachCommon(cands, list) { i, j in out[i * width + k] = low[j] }
                        }
                    }
                }
            }
            headMatch.withUnsafeMutableBufferPointer { out in
                for (n, id) in c.headCandidates.enumerated() {
                    headPostings[Int(id)].withUnsafeBufferPointer { list in
                        SortedLists.forEachCommon(cands, list) { i, _ in if out[i] < 0 { out[i] = Int32(n) } }
                    }
                }
            }
        }
        return TermRows(width: width, bits: bits, headMatch: headMatch)
    }

    /// `termRows` of one product, read from its own term list (for explaining a few hits).
    func termRow(_ p: Int, _ c: ScoringContext) -> (bits: [UInt16], headMatch: Int) {
        var bits = c.candidateIDs.map { id in entry(p, id).map { UInt16(truncatingIfNeeded: $0) } ?? TermRows.absent }
        bits.append(TermRows.absent)  // spare, as in `termRows`
        return (bits, c.headCandidates.firstIndex { hasHead(p, $0) } ?? -1)
    }
}

/// Per candidate, what scoring reads of its terms (see `ProductIndex.termRows`).
struct TermRows {
    /// Entry bits of a term the product lacks: real ones have at most 5 field bits, so never all 16 set.
    static let absent: UInt16 = 0xFFFF
    var width: Int
    var bits: [UInt16]
    var headMatch: [Int32]
}
