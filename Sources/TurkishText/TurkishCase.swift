import CICU

/// Turkish-aware case mapping and normalization backed by ICU.
public enum TurkishCase {
    /// Lowercases with Turkish rules ("İSTANBUL IĞDIR" → "istanbul ığdır"), after NFKC.
    public static func lowercased(_ text: String) -> String {
        // ASCII without 'I' lowercases identically in every locale; everything else goes to ICU.
        if isASCII(text), !text.utf8.contains(UInt8(ascii: "I")) { return text.lowercased() }
        return icuMap(nfkc(text), cicu_tr_lower)
    }

    /// Uppercases with Turkish rules ("istanbul" → "İSTANBUL", "ığdır" → "IĞDIR").
    public static func uppercased(_ text: String) -> String {
        if isASCII(text), !text.utf8.contains(UInt8(ascii: "i")) { return text.uppercased() }
        return icuMap(nfkc(text), cicu_tr_upper)
    }

    /// Unicode NFKC ("ﬁ" → "fi", "１２" → "12").
    public static func nfkc(_ text: String) -> String {
        if isASCII(text) { return text }
        return icuMap(text, cicu_nfkc)
    }

    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    typealias ICUFunction = (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32) -> Int32

    static func icuMap(_ text: String, _ function: ICUFunction) -> String {
        let source = Array(text.utf16)
        if source.isEmpty { return text }
        var capacity = source.count * 2 + 8
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            let n = source.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    function(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity))
                }
            }
            if n < 0 { return text }
            if Int(n) <= capacity { return String(decoding: out[0..<Int(n)], as: UTF16.self) }
            capacity = Int(n) + 8
        }
    }
}
