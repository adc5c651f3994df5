import Testing
@testable import TurkishText

@Test func turkishLowercase() {
    #expect(TurkishCase.lowercased("İSTANBUL IĞDIR") == "istanbul ığdır")
    #expect(Folding.key("KULAKLIK") == "kulaklik")
}
