import Testing
@testable import Commerce

@Test func builds() { #expect(Bool(true)) }
