/// The output of tokenizing one source text: the UTF-8 bytes, every token up to
/// and including `.endMarker` (or an `.errorToken`), and line starts.
///
/// Comments, NL tokens and line continuations are not kept: the parser never
/// needs them. Thread-safety: a value type; immutable once built.
public struct TokenizedSource: Sendable {
    /// Source as UTF-8 (decoded from its declared encoding; BOM removed).
    public var source: [UInt8]
    public var tokens: [Token]
    /// For each `.errorToken` in `tokens`, the error to raise when the parser reaches it.
    public var errors: [Int32: PySyntaxError]
    /// `lineStarts[i]` is the byte offset where line `i + 1` begins.
    public var lineStarts: [Int32]

    public init(source: [UInt8], tokens: [Token], errors: [Int32: PySyntaxError], lineStarts: [Int32]) {
        self.source = source
        self.tokens = tokens
        self.errors = errors
        self.lineStarts = lineStarts
    }

    /// The text of line `lineno` (1-based) without its line ending, or "" when out of range.
    public func lineText(_ lineno: Int) -> [UInt8] {
        guard lineno >= 1, lineno <= lineStarts.count else { return [] }
        let start = Int(lineStarts[lineno - 1])
        var end = lineno < lineStarts.count ? Int(lineStarts[lineno]) : source.count
        while end > start, source[end - 1] == 0x0A || source[end - 1] == 0x0D { end -= 1 }
        return Array(source[start..<end])
    }
}
