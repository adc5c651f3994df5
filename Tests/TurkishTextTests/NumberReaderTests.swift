import Testing
@testable import TurkishText

@Suite struct NumberReaderTests {
    @Test func plainDigitsReadAsTheSeparatorReadingDoes() {
        for text in ["0", "5", "15", "007", "5000", "256", "123456789012345", "12345678901234567890", "99999999999999999999999"] {
            #expect(NumberReader.value(text) == NumberReader.separatedValue(text), "\(text)")
        }
        #expect(NumberReader.value("5000") == 5000)
        #expect(NumberReader.value("1.149,90") == 1149.9)
        #expect(NumberReader.value("5.000") == 5000)
        #expect(NumberReader.value("") == nil)
    }
}
