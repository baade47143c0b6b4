import Notebook
import Testing

@Suite struct JSONParserTests {
    @Test func readsEveryKindOfValue() throws {
        let value = try JSONParser.parse(#" {"a": [1, -2, 3.5, 1e3, true, false, null], "b": {"c": "d"}} "#)
        #expect(value["a"]?.array?.count == 7)
        #expect(value["a"]?.array?[0].int == 1)
        #expect(value["a"]?.array?[1].int == -2)
        if case .double(let x) = value["a"]?.array?[2] { #expect(x == 3.5) } else { Issue.record("3.5 is not a double") }
        #expect(value["a"]?.array?[3].int == 1000)
        #expect(value["a"]?.array?[4].bool == true)
        #expect(value["b"]?["c"]?.string == "d")
        #expect(value["missing"] == nil)
    }

    @Test func keepsKeyOrderAndRendersCompactly() throws {
        let text = #"{"z":1,"a":[true,null,"x\"y"],"m":{}}"#
        #expect(try JSONParser.parse(text).compact == text)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        // U+1F600 is the surrogate pair D83D DE00; é is U+00E9.
        #expect(try JSONParser.parse(#""a\nb\t\u00e9\ud83d\ude00\/""#).string == "a\nb\té\u{1F600}/")
        #expect(try JSONParser.parse(#""kraj, “quoted”""#).string == "kraj, “quoted”")
    }

    @Test func nbformatTextIsJoinedFromLines() throws {
        #expect(try JSONParser.parse(#"["one\n", "two"]"#).text == "one\ntwo")
        #expect(try JSONParser.parse(#""one""#).text == "one")
        #expect(try JSONParser.parse(#"[1]"#).text == nil)
    }

    @Test func errorsNameTheLineAndColumn() {
        // Line 2 is ` "a": [}`: the `}` in column 8 is where a value was expected.
        #expect(throws: JSONParser.Failure(message: "expected a JSON value", line: 2, column: 8)) {
            try JSONParser.parse("{\n \"a\": [}")
        }
        #expect(throws: JSONParser.Failure(message: "the JSON text ends inside a string", line: 1, column: 5)) {
            try JSONParser.parse("\"abc")
        }
        #expect(throws: JSONParser.Failure(message: "unexpected text after the JSON value", line: 1, column: 3)) {
            try JSONParser.parse("1 2")
        }
        #expect(throws: JSONParser.Failure(message: "an unpaired surrogate in a JSON string", line: 1, column: 8)) {
            try JSONParser.parse(#""\ud83d""#)
        }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(deep) }
        #expect((try? JSONParser.parse(String(repeating: "[", count: 500) + String(repeating: "]", count: 500))) != nil)
    }
}
