import Testing
@testable import BotServer

@Test func builds() { #expect(Bool(true)) }
