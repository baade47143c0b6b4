/// Turns the bytes of an article into text, or says where they stop being UTF-8.
public enum TextInput {
    /// Bytes that are not UTF-8, with the offset of the first bad byte.
    public struct NotUTF8: Error, Equatable {
        /// The byte offset (from 0) of the first byte that does not decode.
        public var offset: Int
    }

    /// The text of `bytes`, without a leading byte-order mark.
    public static func decode(_ bytes: [UInt8]) -> Result<String, NotUTF8> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return .success(text) }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        var offset = body.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return .failure(NotUTF8(offset: offset))
            case .error: return .failure(NotUTF8(offset: offset))
            }
        }
    }
}
