/// Source positions of an AST node, as CPython's `lineno`, `col_offset`,
/// `end_lineno` and `end_col_offset` (lines 1-based, columns 0-based UTF-8 byte
/// offsets). Thread-safety: a plain value type.
public struct SourceRange: Sendable, Equatable {
    public var lineno: Int32
    public var col: Int32
    public var endLineno: Int32
    public var endCol: Int32

    public init(lineno: Int32, col: Int32, endLineno: Int32, endCol: Int32) {
        self.lineno = lineno
        self.col = col
        self.endLineno = endLineno
        self.endCol = endCol
    }

    /// The range from the start of `a` to the end of `b`.
    public init(from a: SourceRange, to b: SourceRange) {
        self.init(lineno: a.lineno, col: a.col, endLineno: b.endLineno, endCol: b.endCol)
    }

    public static let zero = SourceRange(lineno: 0, col: 0, endLineno: 0, endCol: 0)
}
