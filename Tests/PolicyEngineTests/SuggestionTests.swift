import PolicyEngine
import Testing

/// "Did you mean": the nearest allowed name when it is near enough, nothing otherwise.
@Suite struct SuggestionTests {
  @Test func slipsOfTheKeyboardFindTheNameMeant() {
    let commands = ["wizard", "evaluate", "policies", "validate", "cases", "compare", "test"]
    #expect(Suggestion.closest(to: "evalute", among: commands) == "evaluate")
    #expect(Suggestion.closest(to: "evaulate", among: commands) == "evaluate", "a swap is one edit")
    #expect(Suggestion.closest(to: "polices", among: commands) == "policies")
    #expect(Suggestion.closest(to: "tset", among: commands) == "test")
    #expect(Suggestion.closest(to: "hightech", among: ["city", "highTech"]) == "highTech")
  }

  @Test func farWordsFindNothing() {
    let commands = ["wizard", "evaluate", "policies", "validate", "cases", "compare", "test"]
    #expect(Suggestion.closest(to: "frobnicate", among: commands) == nil)
    #expect(Suggestion.closest(to: "xy", among: ["test"]) == nil)
    #expect(Suggestion.closest(to: "", among: commands) == nil)
    // A short word allows one edit: "cas" is two from "cases".
    #expect(Suggestion.closest(to: "cas", among: commands) == nil)
  }

  @Test func editDistance() {
    func distance(_ a: String, _ b: String) -> Int {
      Suggestion.editDistance(Array(a), Array(b))
    }
    #expect(distance("", "abc") == 3)
    #expect(distance("abc", "abc") == 0)
    #expect(distance("abc", "acb") == 1)
    #expect(distance("kitten", "sitting") == 3)
    #expect(distance("内蒙古", "内蒙") == 1)
  }
}
