/// A syntax error found while tokenizing or parsing, with CPython's fields.
///
/// `kind` picks the Python exception class. `lineno`/`offset` follow CPython's
/// `SyntaxError` attributes: 1-based line, 1-based *byte* offset into the line
/// while inside the front end (converted to characters when shown), `0` when
/// unknown. `endLineno`/`endOffset` are 0 when CPython leaves them unset.
/// Thread-safety: a plain value type.
public struct PySyntaxError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
        /// CPython's parser raises MemoryError when its stack overflows.
        case memoryError = "MemoryError"
        /// Nesting deeper than CPython's AST/compiler recursion limit.
        case recursionError = "RecursionError"
    }

    public var kind: Kind
    public var message: String
    public var lineno: Int
    /// 1-based byte offset of the error start within line `lineno`; 0 = unknown.
    public var offset: Int
    public var endLineno: Int
    /// 1-based byte offset just after the error end within `endLineno`; 0 = unset.
    public var endOffset: Int

    public init(_ kind: Kind = .syntaxError, _ message: String, lineno: Int, offset: Int, endLineno: Int = 0, endOffset: Int = 0) {
        self.kind = kind
        self.message = message
        self.lineno = lineno
        self.offset = offset
        self.endLineno = endLineno
        self.endOffset = endOffset
    }

    public var description: String { "\(kind.rawValue): \(message) (line \(lineno), offset \(offset))" }
}
