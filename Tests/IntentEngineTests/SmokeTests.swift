import Testing
@testable import IntentEngine

@Test func builds() { #expect(Bool(true)) }
