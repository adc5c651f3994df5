import Testing
@testable import Commerce

/// The price text as it was first written: digits of the whole amount cut into groups of three; a
/// negative amount is the positive one after a minus sign.
private func referenceTurkish(_ value: Double, currency: String) -> String {
    let cents = Int((value * 100).rounded())
    if cents < 0 { return "-" + referenceTurkish(-value, currency: currency) }
    let whole = cents / 100, frac = cents % 100
    let digits = Array(String(whole))
    var grouped = ""
    for (i, d) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { grouped += "." }
        grouped.append(d)
    }
    let unit = currency == "TRY" ? "TL" : currency
    return grouped + "," + (frac < 10 ? "0" : "") + String(frac) + " " + unit
}

@Test func priceFormatGroupsThousands() {
    #expect(PriceFormat.turkish(46392.95) == "46.392,95 TL")
    #expect(PriceFormat.turkish(0) == "0,00 TL")
    #expect(PriceFormat.turkish(999.999) == "1.000,00 TL")
    #expect(PriceFormat.turkish(1_234_567.05, currency: "EUR") == "1.234.567,05 EUR")
    #expect(PriceFormat.turkish(-1234.5) == "-1.234,50 TL")
    #expect(PriceFormat.turkish(-0.004) == "0,00 TL")
}

@Test func priceFormatMatchesReferenceEverywhere() {
    var values: [Double] = [0, 0.004, 0.005, 0.01, 0.1, 9.99, 10, 99.5, 100, 999.99, 1000, 12_345.678, 100_000,
                            999_999.995, 1_000_000, 123_456_789.12, -0.5, -12.34, -1234.56, -1_000_000]
    var x = 0.37
    for _ in 0..<2000 {
        x = (x * 7919.123).truncatingRemainder(dividingBy: 2_000_000)
        values.append(x)
        values.append(x.rounded())
    }
    for v in values {
        for currency in ["TRY", "USD", "€", "Türk lirası"] {
            #expect(PriceFormat.turkish(v, currency: currency) == referenceTurkish(v, currency: currency), "\(v) \(currency)")
        }
    }
}
