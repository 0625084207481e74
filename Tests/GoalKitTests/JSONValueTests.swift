import GoalKit
import Testing

@Suite struct JSONValueTests {
    @Test func writesSortedKeysAndEscapes() {
        let value: JSONValue = .object([
            "b": .array([.int(1), .null, .bool(true)]), "a": .string("x\"y\\\n\u{1}é"), "c": .number("12.50"),
        ])
        #expect(value.serialized() == #"{"a":"x\"y\\\n\u0001é","b":[1,null,true],"c":12.50}"#)
        #expect(value.serialized(pretty: true).contains("\n  \"a\": "))
    }
}
