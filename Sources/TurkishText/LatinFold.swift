/// Folding table for the two-byte UTF-8 letters of Turkish and Latin-1/Latin Extended-A text.
enum LatinFold {
    /// U+00C0...U+00FF folded to one ASCII lowercase letter; "." marks characters that need ICU (× ÷ Æ ß Þ ...).
    static let latin1: [UInt8] = Array("aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y".utf8)
    /// U+0100...U+017F folded to one ASCII lowercase letter ("." → ICU).
    static let extendedA: [UInt8] = Array(
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.llllll..llnnnnnn...oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz.".utf8)

    /// The folded ASCII letter of a two-byte UTF-8 sequence, or 0 when ICU must decide.
    @inline(__always)
    static func fold(lead: UInt8, trail: UInt8) -> UInt8 {
        guard trail & 0xC0 == 0x80 else { return 0 }
        let value = (Int(lead & 0x1F) << 6) | Int(trail & 0x3F)
        return fold(scalar: UInt32(value)) ?? 0
    }

    /// The folded ASCII letter of a scalar in U+00C0...U+017F, or nil.
    @inline(__always)
    static func fold(scalar v: UInt32) -> UInt8? {
        let c: UInt8
        if v >= 0xC0 && v <= 0xFF { c = latin1[Int(v - 0xC0)] }
        else if v >= 0x100 && v <= 0x17F { c = extendedA[Int(v - 0x100)] }
        else { return nil }
        return c == UInt8(ascii: ".") ? nil : c
    }
}
