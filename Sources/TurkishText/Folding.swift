import CICU

/// Match keys: Turkish lowercase with diacritics folded (ç ğ ı ö ş ü â î û → c g i o s u a i u).
public enum Folding {
    /// The match key of a text: "KULAKLIK", "kulaklık" and "kulaklik" all give "kulaklik".
    public static func key(_ text: String) -> String {
        var text = text
        if let fast = text.withUTF8({ fastKey($0) }) { return fast }
        return icuKey(text)
    }

    /// Folds ASCII and the Latin-1 / Turkish letters byte by byte; nil when ICU is needed.
    static func fastKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var allLower = true
        for b in bytes {
            if b >= 0x80 { allLower = false; break }
            if b >= 0x41 && b <= 0x5A { allLower = false; break }
        }
        if allLower { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var i = 0, n = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    out[n] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                    n += 1; i += 1; continue
                }
                guard i + 1 < bytes.count else { return 0 }
                let folded = LatinFold.fold(lead: b, trail: bytes[i + 1])
                if folded == 0 { return 0 }
                out[n] = folded
                n += 1; i += 2
            }
            return n
        }.nilIfEmpty(original: bytes.count)
    }

    /// The ICU path: NFKC, Turkish lowercase, diacritics removed, other Latin letters transliterated.
    static func icuKey(_ text: String) -> String {
        let lower = TurkishCase.lowercased(text)
        var out = String.UnicodeScalarView()
        var pending = String.UnicodeScalarView()
        func flushPending() {
            guard !pending.isEmpty else { return }
            let ascii = TurkishCase.icuMap(String(pending), cicu_latin_ascii)
            for s in ascii.unicodeScalars where !(0x300...0x36F).contains(s.value) {
                out.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value | 0x20)! : s)
            }
            pending.removeAll()
        }
        for scalar in lower.unicodeScalars {
            let v = scalar.value
            if (0x300...0x36F).contains(v) { continue }
            if v < 0x80 { flushPending(); out.append(scalar); continue }
            if let folded = LatinFold.fold(scalar: v) { flushPending(); out.append(Unicode.Scalar(folded)); continue }
            if (0xC0...0x24F).contains(v) || (0x1E00...0x1EFF).contains(v) { pending.append(scalar); continue }
            flushPending(); out.append(scalar)
        }
        flushPending()
        return String(out)
    }
}

extension String {
    /// Empty means the fast path gave up (an empty input never reaches it with non-zero length).
    fileprivate func nilIfEmpty(original: Int) -> String? {
        original > 0 && isEmpty ? nil : self
    }
}
