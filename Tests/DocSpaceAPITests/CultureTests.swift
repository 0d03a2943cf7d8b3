import Testing

@testable import DocSpaceAPI

@Suite("Culture names for invitations")
struct CultureTests {
    @Test(
        "Language tags the portal knows are accepted as written",
        arguments: ["en-US", "de", "pt-BR", "sr-Latn-RS", "zh-CN", "ast"])
    func accepted(_ text: String) {
        #expect(Culture(text)?.name == text)
    }

    @Test(
        "Anything else is refused",
        arguments: ["", "e", "english", "en_US", "en-", "-US", "en-U", "en US", "ру-RU", "en-US-"])
    func refused(_ text: String) {
        #expect(Culture(text) == nil)
    }
}
